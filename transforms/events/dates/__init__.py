"""Event dates: the date of the occasion an article reports (``find`` is the entry; the
shapes, the reading of one match (with its results and the cues around it), the year, the choice
among mentions in their own modules).
"""
