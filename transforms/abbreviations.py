"""The short words Indonesian news writes with a dot inside a sentence ("Pj. Bupati", "Kab.
Agam", "H. Ahmad", "Jl. Sudirman"): a dot after one of them ends no sentence.

One list for the sentence splitters of transforms.events (activities' sentence spans, which the
date reader shares, and relevance's sentence ends) so they agree on it.
"""

from __future__ import annotations

import re

__all__ = ["ABBREVIATED", "ABBREVIATIONS", "LONGEST", "NOT_AN_ABBREVIATION"]

# titles and honorifics, then addresses and administrative units; lower case
ABBREVIATIONS = ("plt", "plh", "pj", "pjs", "pgs", "drs", "dra", "dr", "ir", "h", "hj", "prof",
                 "kh", "ust", "st", "sdr", "bpk", "no", "kab", "kec", "kel", "jl", "jln", "prov")

# A regex fragment to put right after a sentence-ending dot: it fails when the dot closes one of
# ABBREVIATIONS written as a word of its own ("Kab." ends no sentence; "Ketua KPU Kab." neither;
# "Rp5." is no abbreviation), in any case. re wants a look-behind of one width: one per length.
NOT_AN_ABBREVIATION = "".join(
    rf"(?<!\b(?i:{'|'.join(w for w in ABBREVIATIONS if len(w) == n)})\.)"
    for n in sorted({len(w) for w in ABBREVIATIONS}))

LONGEST = max(map(len, ABBREVIATIONS))

# One of ABBREVIATIONS with its dot closing the text searched (spaces after it allowed): search
# it up to the dot in question, from a few characters before ("... kata Plt. ", "Prov.").
ABBREVIATED = re.compile(r"(?<!\w)(?:" + "|".join(ABBREVIATIONS) + r")\.\s*\Z", re.IGNORECASE)
