"""Event dates: the date of the occasion an article reports (``find`` is the entry; the
shapes, the reading of one match, the year, the choice among mentions in their own modules).
"""
