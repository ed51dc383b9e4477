"""The words of an official's name told by their own letters: a capitalised name word, an
honorific, an initial, a degree, a headline verb or a repeated word that is none (the tokens
around them are read in transforms/events/officials/tokens.py).
"""

from __future__ import annotations

import re

from transforms.events.officials.office_words import NOBLE_SHORT, is_office_word
from transforms.events.officials.regions import MARKERS, is_region
from transforms.events.officials.words import DEGREES, HONORIFICS, NOT_NAME, RANKS

# one or two capitals, or a noble title's initials ("AAN Gede Wirawan")
INITIAL = re.compile(rf"(?:[A-Z]{{1,2}}|{'|'.join(sorted(NOBLE_SHORT))})\.?$")
# A degree set off after a name, as a pattern to build on: "S.H.", "M.Si", "S. Sos", "SH".
DEGREE_LETTERS = r"[A-Z][A-Za-z]{0,3}\.?(?:[ \t]?[A-Z][A-Za-z]{0,3}\.?){0,3}"

_PARTICLE_JOINED = re.compile(r"(?:al|el|as|ad|an|ar|asy|at|az)-[A-Z][a-z]+$")

# Capitalised verbs of headlines and event names ("Menjaga", "Berikan", "Diperiksa").
_VERB = re.compile(r"(?:Meng|Meny|Memb|Memp|Menj|Menc|Mend|Ment|Mens|Menu|Ber[kstm]|Dipe|Terh)"
                   r"[a-z]{3,}$|Di[a-z]{5,}(?:i|kan|nya)$"  # "Didampingi", "Dihadiri"
                   # the passives of headlines on a case ("Kades Diproses", "Camat Dicopot")
                   r"|Di(?:proses|periksa|panggil|lantik|copot|sanksi|duga|tegur|pecat|mutasi"
                   r"|hukum|adili|tahan|vonis|gugat|imbau|minta|sidang|tuntut|tangkap|usut"
                   r"|ancam|lapor|sorot|bidik|jerat|tindak|tuding|sebut|nilai|pantau|tunggu)$")

def is_cap(token: str) -> bool:
    """A capitalised word that may belong to a name (headline verbs like "Tekankan",
    "Menjaga" and repeated words like "Wanti-wanti" end it)."""
    word = token.rstrip(".")
    head, _, tail = word.partition("-")
    return (len(word) >= 2 and word[0].isupper() and word[1].islower() and word not in NOT_NAME
            and word not in MARKERS and word not in DEGREES
            and not (len(word) >= 7 and word.endswith("kan"))
            and not _VERB.match(word) and head.lower() != tail.lower()
            and head not in ("Se", "Sekabupaten", "Sekota"))  # "se-Kabupaten Agam": all of it

def closes(token: str) -> bool:
    """A word that ends its sentence ("Solok."), not an abbreviation ("Kab.", "Prov.")."""
    return token.endswith(".") and len(token) > 2 and token not in MARKERS \
        and not INITIAL.match(token)

def is_honorific(token: str) -> bool:
    """"H.", "Hj.", "Dr.", "Prof", "Kompol" ...: kept apart so that names compare."""
    bare = token.rstrip(".")
    return (bare in HONORIFICS and (token.endswith(".") or len(token) > 1)) or bare in RANKS

_DEGREES_UPPER = frozenset(d.upper() for d in DEGREES)  # "MSI", "SPD": degrees in capitals

def initials_tail(token: str, following: str) -> bool:
    """Three capitals that close a name ("Rahmat HAZ", "Zulkifli HMS"): no office, body,
    degree, rank or region by those letters, and no capitalised word after them."""
    title = token.title()
    return (len(token) == 3 and token.isalpha() and token.isupper()
            and not is_office_word(title) and token not in _DEGREES_UPPER and token not in RANKS
            and token not in NOT_NAME and not is_region(title)
            and not following[:1].isupper())

def verb_like_name(token: str, following: str) -> bool:
    """A name word ending in "-kan" ("Nur Hazikan serta ...", "Nur Hazikan mengatakan"):
    is_cap takes such words for headline verbs ("Budi Tekankan ASN Netral", "Budi Ingatkan para
    ASN"); inside a name run, before punctuation, a verb or a linking word, it ends the name.
    So does a repeated word after a name's word ("Rahmat Hadi Sam-sam, mengatakan"), which
    is_cap takes for a headline's reduplication ("Bupati Wanti-wanti ASN") and which as a name
    word stands before a comma, a bracket or a linking word only."""
    word = token.rstrip(".")
    head, _, tail = word.partition("-")
    if tail and head.lower() == tail.lower():
        return (head[:1].isupper() and head[1:].islower() and word not in NOT_NAME
                and (following in (",", "(") or following.startswith(_AFTER_NAME)))
    return (len(word) >= 7 and word.endswith("kan") and word[0].isupper() and word[1:].islower()
            and word not in NOT_NAME and not _VERB.match(word)
            and (token.endswith(".") or not following[:1].isalpha()
                 or following.startswith(_AFTER_NAME)))


# Words that follow a name, not a verb's object: verb prefixes and linking words.
_AFTER_NAME = ("me", "ber", "di", "ter", "serta", "dan", "selaku", "sebagai", "yang", "saat",
               "ketika", "dalam", "usai", "juga", "pun", "kepada", "bersama", "beserta")

def capital_word(token: str) -> bool:
    """A name word written in capitals ("RAHMAT"): no acronym of an office, a place or a word
    that is never a name, and vowels in it."""
    title = token.title()
    return (len(token) >= 3 and token.isalpha() and token.isupper()
            and any(c in "AIUEO" for c in token) and not is_office_word(title)
            and token not in NOT_NAME and is_cap(title) and not is_region(title))

def particle_joined(token: str) -> bool:
    """An Arabic article glued to a name word: "al-Habsyi", "as-Sidiq"."""
    return bool(_PARTICLE_JOINED.match(token))

# Degrees told from initials only by their dots or a comma: "M.S." (Magister Sains) beside the
# initials of "Rahman MS". run_of_degrees is asked only of dotted letters or after a comma.
_DOTTED_DEGREES = DEGREES | {"MS"}

def run_of_degrees(letters: str) -> bool:
    """letters make one degree or several run together ("SH", "SHMH" of "S.H. M.H.",
    "SPMS" of "S.P.M.S.")."""
    return letters in _DOTTED_DEGREES or any(
        letters[:n] in _DOTTED_DEGREES and run_of_degrees(letters[n:])
        for n in range(2, min(len(letters), 5)))
