"""Officials: who is named, by title and name (``find`` is the entry; the title lexicon,
the chunker and its helpers in their own modules).
"""
