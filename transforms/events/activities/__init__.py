"""Activities: what a regional government or a watchdog did about ASN neutrality, read
from the article's sentences (``classify`` is the entry; one module per kind of judgement).
"""
