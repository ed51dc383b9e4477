"""The tokens after an official's title and the person's name among them: honorifics, ranks,
initials and degrees told apart from the name's words (transforms/events/officials/parse.py reads
the title around them).
"""

from __future__ import annotations

import re

from transforms.events.officials.name_words import (
    INITIAL,
    capital_word,
    initials_tail,
    is_cap,
    is_honorific,
    particle_joined,
    run_of_degrees,
    verb_like_name,
)
from transforms.events.officials.office_words import NAME_TOO, is_office_word
from transforms.events.officials.regions import is_region
from transforms.events.officials.slips import marker_slip
from transforms.events.officials.words import (
    DEGREES,
    HAJJ_INITIALS,
    HONORIFICS,
    NOT_NAME,
    RANKS,
    is_roman,
)

MAX_TOKENS = 40  # read after a title at most
TOKEN = re.compile(r"([ \t\u00a0]*)([^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*\.?|\d+|\S)")
_ASIDE_MAX = 8  # tokens inside "( ... )": a four-word name and its degree ("(A B C D, S.IP)")
_NAME_MAX = 7  # Balinese names run long: "I Gusti Ayu Made Sri Wahyuni"
# given names written short with five letters or more ("Moch. Zainuri", "Mochd. Rudi")
_SHORT_FORMS = frozenset({"Moch", "Mochd", "Mohd", "Muhd", "Achm", "Ahmd"})
_MID_TITLES = frozenset({"Hi", "Hj"})  # a hajj title inside a name: "Darmin Hi. Hasim"
# Month names given as first names ("Agustus Sitompul"): right after a title, before a name word.
_MONTHS = frozenset("Januari Februari Maret April Mei Juni Juli Agustus September Oktober"
                    " November Desember".split())
_WHEN = frozenset({"Lalu", "Mendatang", "Nanti", "Depan", "Kemarin", "Tahun", "Ini", "Itu"})
# Lower-case words inside a name: Arabic "bin"/"binti" (son/daughter of) and "abd." (servant
# of), Dutch and Portuguese family-name particles of eastern Indonesia ("van", "de", "da",
# "dos"); "al-"/"el-" glued on.
PARTICLES = frozenset({"bin", "binti", "abd", "van", "von", "der", "den", "de", "da", "dos", "do"})
# Minangkabau titles of custom written after a name ("Dt. Rajo Mudo", "Datuak Bandaro").
ADAT_TITLES = frozenset({"Dt", "Datuk", "Datuak"})
_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})
# Words that close an organisation's name: the capitalised words before them are no person's.
ORG_SUFFIXES = frozenset({"Foundation", "Institute", "Watch", "Center", "Centre", "Corruption"})


class Tokens:
    """The tokens after a title on its line (at most MAX_TOKENS), each with its end offset, read
    only as far as the parse looks."""

    def __init__(self, text: str, pos: int) -> None:
        self._text = text
        self._read: list[tuple[str, int]] = []
        self._pos: int | None = pos  # where the next token starts; None after the last

    def has(self, k: int) -> bool:
        """Whether there is a token k (reading on to it)."""
        if k < len(self._read):  # read already: most calls
            return True
        while len(self._read) <= k and self._pos is not None:
            token = TOKEN.match(self._text, self._pos)
            if token is None or len(self._read) == MAX_TOKENS - 1:
                self._pos = None
            else:
                self._pos = token.end()
            if token is not None:
                self._read.append((marker_slip(token.group(2)), token.end()))
        return k < len(self._read)

    def __getitem__(self, k: int) -> tuple[str, int]:
        self.has(k)
        return self._read[k]

    def word(self, k: int) -> str:
        """Token k, or "" past the end."""
        read = self._read
        return read[k][0] if k < len(read) or self.has(k) else ""


def is_initial(toks: Tokens, k: int, words: list[str]) -> bool:
    """An initial of the name: before a name word ("A Ridwan", "P. Panggar") or closing it
    ("Syaiful A", "Syahrul ZN"); never a degree or an institution."""
    token = toks.word(k)
    bare = token.rstrip(".")
    if not INITIAL.match(token) or bare in DEGREES or is_office_word(token) or bare in RANKS:
        return False
    following = toks.word(k + 1)
    if is_cap(following) and not is_region(following.rstrip(".")):
        return True
    if (INITIAL.match(following) and following.rstrip(".") not in DEGREES
            and is_cap(toks.word(k + 2)) and not is_region(toks.word(k + 2).rstrip("."))):
        return True  # "G.S Vicky": two initials before the name
    if words and token.endswith(".") and len(bare) == 2:
        return True  # "Syahrul ZN. Ia ...": two capitals close the name and the sentence
    if words and not token.endswith(".") and (following in DEGREES and not is_cap(
            toks.word(k + 2)) or following.endswith(".") and degrees_at(toks, k + 1)):
        return True  # "Syahrul ZN SE yang", "Syahrul ZN S.STP": the name's initials, a degree
    return bool(words) and not token.endswith(".") and not (following[:1].isupper())


def degree(toks: Tokens, k: int) -> tuple[str, int] | None:
    """A degree such as "AP", "M. Si" or "S.Sos" starting at toks[k], and the index after."""
    first = toks.word(k) or "-"
    bare = first.replace(".", "")
    if first.rstrip(".") in NOT_NAME or not (
            bare in DEGREES or (first.endswith(".") and 0 < len(bare) <= 4 and bare[0].isupper())):
        return None
    parts, k = [first], k + 1
    while (toks.has(k) and parts[-1].endswith(".") and 0 < len(toks.word(k).rstrip(".")) <= 4
           and toks.word(k)[0].isupper()):
        parts.append(toks.word(k))
        k += 1
    return "".join(parts), k


def degrees_at(toks: Tokens, k: int) -> bool:
    """A degree, or several run together, starts at toks[k] ("M.Si", "S.Sos", "M. Pd"), not
    a name ("M. Nur")."""
    found = degree(toks, k)
    return bool(found) and run_of_degrees(found[0].replace(".", ""))


def after_dot(text: str, end: int, written: str, head: str) -> int:
    """Where the office words start: past the dot of a short form ("Kadis. Pendidikan",
    "Kordiv. Hukum"), when an office word follows it; a full title's dot ends a sentence."""
    if text[end:end + 1] != "." or written == head.lower().replace(" ", "") or len(written) > 8:
        return end
    following = text[end + 1:end + 40].split(maxsplit=1)
    return end + 1 if following and following[0][:1].isupper() and text[end + 1:end + 2] in (
        " ", "\t") and is_office_word(following[0].rstrip(",")) else end


def aside_end(toks: Tokens, k: int) -> int | None:
    """Index after a parenthetical aside starting at k ("(Pj)", "(Batola)", "(Purn)")."""
    if toks.word(k) != "(":
        return None
    return next((j + 1 for j in range(k + 1, k + _ASIDE_MAX + 2) if toks.word(j) == ")"), None)


_JOINERS = str.maketrans("", "", "-'’")  # inside a name's word: "Ma'ruf", "Abdul-Aziz"


def cap_run(toks: Tokens, k: int, limit: int = 4) -> list[str]:
    words = []
    while len(words) < limit and toks.has(k + len(words)):
        token = toks.word(k + len(words))
        if not (token[:1].isupper() and token.rstrip(".").translate(_JOINERS).isalpha()):
            break
        words.append(token.rstrip("."))
    return words


def read_name(toks: Tokens, k: int, hon: list[str]) -> tuple[list[str], int]:
    """Honorifics, ranks and the name's words from k: (words, index after)."""
    words: list[str] = []
    while toks.has(k) and len(words) < _NAME_MAX:
        token = toks.word(k)
        aside = aside_end(toks, k)
        if aside and (all(t.rstrip(".") in RANKS for t in between(toks, k, aside)) or (
                not words and hon and _corps(between(toks, k, aside)))):
            hon.append(" ".join(between(toks, k, aside)))  # "(Purn)", "Letkol Laut (P)"
            k = aside
            continue
        if not words and hon and token == "," and hon[-1].rstrip(".") in RANKS and is_cap(
                toks.word(k + 1)):
            k += 1  # "Kasatreskrim Polres Alor, AKP, Nama": the rank set off by commas
            continue
        if not words and hon and hon[-1].rstrip(".") in RANKS and token == "Laut":
            hon.append(token)  # a navy officer's rank: "Kolonel Laut (P) Nama"
            k += 1
            continue
        if aside and not words and hon and "".join(between(toks, k, aside)).replace(
                ".", "").upper() == "HC":
            hon.append("(HC)")  # "Dr. (HC)": an honorary doctorate
            k = aside
            continue
        if aside and words and _regnal_aside(toks, k, aside, words):
            k = aside  # "Hamengku Buwono (HB) X": a ruler's name, its short form in brackets
            continue  # passed over (an aside, as the labels write it), its number kept
        if words and token.rstrip(".") in RANKS and token[:1].isupper() and not (
                token[1:].islower() and not token.endswith(".")
                and not toks.word(k + 1)[:1].isupper()):
            break  # "Roesmin Nurjadin Kolonel ...": a rank opens the name, what stood before
            #        was the unit's name; "Yakob Mayor mengatakan": a family name
        if words and token.rstrip(".") in ADAT_TITLES and is_cap(toks.word(k + 1)):
            gelar = cap_run(toks, k + 1, 3)  # "Rahmat Dt. Rajo Mudo": a Minang title ends it
            hon.append(" ".join([token.rstrip("."), *gelar]))
            k += 1 + len(gelar)
            break
        if not words and (n := _spelled_rank(toks, k)):
            hon.append(" ".join(toks.word(j) for j in range(k, k + n)))  # "Komisaris Besar
            k += n  # Polisi Nama": a police rank written out
            continue
        if not words and (n := _capitals_name(toks, k)):
            return [toks.word(j) for j in range(k, k + n)], k + n  # "Kepala BKD, RAHMAT HIDAYAT"
        if not words and token.rstrip(".") in HAJJ_INITIALS and is_cap(toks.word(k + 1)):
            hon.append("H")  # "HM Rahmat": the hajj title run together with the initial of
            words.append(token[1])  # "Muhammad", kept as "H. M. Rahmat" keeps it
            k += 1
            continue
        if not words and is_honorific(token) and _dotted_initials(toks, k) and _spaced(toks, k):
            hon.append(token)  # "H. M. Rahmat", "H. A. Rahmat": the hajj title, an initial
            k += 1
            continue
        if not words and (run := _dotted_initials(toks, k)) and "".join(
                toks.word(j)[0] for j in range(k, run)) in HONORIFICS:
            hon.append("".join(toks.word(j) for j in range(k, run)))  # "K.H. Rahmat"
            k = run
            continue
        if not words and (run := _dotted_initials(toks, k)) and (
                after := _surname_after(toks, run)):
            words.extend(toks.word(j) for j in range(k, run))  # "B. K. T., Lalena": a name
            k = after  # written as initials, then the family name (a comma may part them)
            continue
        if not words and (is_honorific(token) or (token == "H" and (
                is_cap(toks.word(k + 1)) or is_initial(toks, k + 1, words))) or (
                token.endswith(".") and token[:-1] in DEGREES and is_cap(toks.word(k + 1)))):
            hon.append(token)  # "H Rahmat", "H M Yusran": the hajj title without its dot;
            #                    "ST. Rahmat": a degree (or "St.", Sutan) written before it
        elif (not words and hon and hon[-1].rstrip(".") in ("H", "Hj") and len(token) == 2
                and token.isupper() and is_cap(toks.word(k + 1))):
            words.append(token)  # "Hj ST Rahmawati": after the hajj title two capitals are
            #                      initials though a degree's letters: no degree opens a name
        elif words and (token.rstrip(".").lower() in PARTICLES and (
                is_cap(toks.word(k + 1)) or INITIAL.match(toks.word(k + 1))
                and is_cap(toks.word(k + 2))) or particle_joined(token)):
            words.append(token)  # "Muhammad bin Abdullah", "Rahmat van Dijk", "Rahmat al-Habsyi",
            #                      "Nonato Da. P Sarmento"
        elif words and token in _QUOTES and is_cap(toks.word(k + 1)) and toks.word(
                k + 2) in _QUOTES and is_cap(toks.word(k + 3)):
            k += 3  # a nickname in quotes inside the name: "Rahmat "Memet" Hidayat"
            continue
        elif (words and words[-1] == "Sultan" and token.isalpha() and token.isupper()
                and 2 <= len(token) <= 3 and is_roman(toks.word(k + 1).rstrip("."))):
            words += [token, toks.word(k + 1).rstrip(".")]  # "Sri Sultan HB X": the name cut
            k += 2  # short, its number after it
            continue
        elif words and initials_tail(token, toks.word(k + 1)):
            words.append(token)  # "Swastari HAZ kepada ...": initials closing the name
        elif not words and token in _MONTHS and is_cap(toks.word(k + 1)) and toks.word(
                k + 1) not in _WHEN and not is_office_word(toks.word(k + 1)):
            words.append(token)  # "Kadiv Hukum Juli Hartono": a month as a first name
        elif (is_cap(token) or words and verb_like_name(token, toks.word(k + 1))) and (
                not is_office_word(token) or token.rstrip(".").lower() in NAME_TOO):
            words.append(token.rstrip("."))
            if token.endswith(".") and not ((len(token) <= 4 and (
                    token[-2] not in "aeiou" or token[:-1] in _MID_TITLES)
                    or token[:-1] in _SHORT_FORMS) and is_cap(toks.word(k + 1))):
                return words, k + 1  # a sentence ends after the name ("Moh. Ridwan", an
                #                      abbreviation without its vowel, goes on; "Budi." ends)
        elif words and (run := _dotted_initials(toks, k)):
            words.append("".join(toks.word(j) for j in range(k, run)))  # "Hamdi Z.A."
            k = run
            continue
        elif (len(words) >= 2 and len(token) == 2 and token.endswith(".") and token[0].isupper()
                and toks.word(k + 1) == "," and not degree(toks, k + 2)):
            words.append(token)
            return words, k + 1  # "Rahmat Hidayat S., kata ...": an initial closes the name
        elif is_initial(toks, k, words):
            if words and token.endswith(".") and (found := degree(toks, k)) and run_of_degrees(
                    found[0].replace(".", "")):
                break  # "Zulkifli M.Si", "Herianto S.Pd. M.Si": degrees without their comma
            if words and token.endswith(".") and len(token) == 3 and not is_cap(toks.word(k + 1)):
                words.append(token[:2])
                return words, k + 1  # "Syahrul ZN." ends its sentence
            if (words and len(token) == 1 and toks.word(k + 1) == "." and is_cap(
                    following := toks.word(k + 2)) and not is_region(following.rstrip("."))
                    and len(following) >= 4 and not is_office_word(following)
                    and not run_of_degrees(token + following)  # "S . Farm": a degree
                    and not is_cap(toks.word(k + 3))):  # "A . Rina Wati": a new sentence's name
                words.append(f"{token}.")  # "Iskardo P . Panggar": the initial's dot spaced
                k += 2
                continue
            words.append(token)
        else:
            break
        k += 1
    if words and toks.word(k).rstrip(".") in ORG_SUFFIXES:
        return [], k - len(words)  # "Lokataru Foundation": an organisation's name, no person's
    while words and len(words[-1]) == 2 and words[-1][0].isupper() and words[-1][1] == "." and (
            len(words) < 2 or not (len(words[-2]) == 2 and words[-2].endswith("."))):
        words.pop()  # "M." of a degree read as an initial
        k -= 1
    return words, k


# Words never read as a name's own, yet some names end in them: a month ("Rahmat Hidayat
# Maret") or "Raya" of a place ("Rahmat Lubis Raya"). After two name words they close the name
# when what follows tells no date or place goes on: its short form in brackets, a comma, a verb
# ("Rahmat Lubis Raya menghimbau"), not "Maret lalu" / "Juli mendatang" / "Maret 2024".
_TAIL_WORDS = _MONTHS | {"Raya"}
_TAIL_VERB = re.compile(r"(?:me|ber)[a-z]{3,}$")
_TIME_AFTER = frozenset({"mendatang", "lalu", "silam", "nanti", "depan", "ini", "kemarin"})


def name_tail(toks: Tokens, k: int, words: list[str]) -> bool:
    """toks[k] closes the name ``words`` though never a name's word alone (_TAIL_WORDS)."""
    following = toks.word(k + 1)
    return (len(words) >= 2 and toks.word(k) in _TAIL_WORDS and following not in _TIME_AFTER
            and (following in ("(", ",", "selaku", "sebagai") or bool(_TAIL_VERB.match(following))))


def _corps(inner: list[str]) -> bool:
    """A navy or air force officer's corps after the rank: "(P)", "(KH)", "(T)"."""
    return len(inner) == 1 and inner[0].isupper() and inner[0].isalpha() and len(inner[0]) <= 2


def _regnal_aside(toks: Tokens, k: int, aside: int, words: list[str]) -> bool:
    """"(HB)" between "Hamengku Buwono" and "X": the initials of the name's last words in
    parentheses, a ruler's number after them."""
    inner = between(toks, k, aside)
    abbr = inner[0] if len(inner) == 1 else ""
    return (2 <= len(abbr) <= len(words) and abbr.isalpha() and abbr.isupper()
            and abbr == "".join(w[0] for w in words[-len(abbr):])
            and is_roman(toks.word(aside)))


# Police ranks written out in full ("Komisaris Besar Polisi" for "Kombes Pol"), longest first
_SPELLED_RANKS = tuple(sorted((tuple(r.split()) for r in (
    "Komisaris Besar Polisi", "Ajun Komisaris Besar Polisi", "Ajun Komisaris Polisi",
    "Komisaris Polisi", "Inspektur Polisi Satu", "Inspektur Polisi Dua",
    "Ajun Inspektur Polisi Satu", "Ajun Inspektur Polisi Dua", "Inspektur Jenderal Polisi",
    "Brigadir Jenderal Polisi", "Komisaris Jenderal Polisi", "Brigadir Polisi",
    "Komisaris Besar", "Ajun Komisaris Besar", "Inspektur Jenderal", "Brigadir Jenderal")),
    key=len, reverse=True))


def _spelled_rank(toks: Tokens, k: int) -> int:
    """How many tokens from k spell out a police rank, a name after it; 0 when none."""
    if toks.word(k) not in ("Komisaris", "Ajun", "Inspektur", "Brigadir"):
        return 0
    return next((len(r) for r in _SPELLED_RANKS if all(
        toks.word(k + j) == w for j, w in enumerate(r)) and (
            is_cap(toks.word(k + len(r))) or capital_word(toks.word(k + len(r))))), 0)


def _capitals_name(toks: Tokens, k: int) -> int:
    """How many tokens from k make a name written in capitals: two to four such words, and
    no capitals after them (a headline in capitals is no name); 0 when none."""
    n = 0
    while n < 4 and capital_word(toks.word(k + n)):
        n += 1
    following = toks.word(k + n)
    return n if n >= 2 and not (following.isupper() and following.isalpha()) else 0


def _spaced(toks: Tokens, k: int) -> bool:
    """toks[k + 1] stands apart from toks[k] ("H. M.", the hajj title and an initial), not
    written with it ("H.M.", "K.H.": one title)."""
    return toks[k + 1][1] - len(toks.word(k + 1)) > toks[k][1]


def _dotted_initials(toks: Tokens, k: int) -> int:
    """The index after two or more one-letter initials from k ("Z.A.", "R.J.H."), 0 when there
    are fewer or the letters make a degree ("S.H.", "M.M.")."""
    j = k
    while len(toks.word(j)) == 2 and toks.word(j)[0].isupper() and toks.word(j)[1] == ".":
        j += 1
    letters = "".join(toks.word(i)[0] for i in range(k, j))
    if j - k < 2 or run_of_degrees(letters) or (found := degree(toks, k)) and run_of_degrees(
            found[0].replace(".", "")):
        return 0
    return j


def _surname_after(toks: Tokens, k: int) -> int:
    """Where the family name after a run of initials starts (k, or past a comma); 0 when an
    office word, a region or a degree follows instead."""
    j = k + 1 if toks.word(k) == "," else k
    word = toks.word(j)
    return j if is_cap(word) and not is_office_word(word) and not is_region(
        word.rstrip(".")) else 0


def between(toks: Tokens, start: int, end: int) -> list[str]:
    return [toks.word(j) for j in range(start + 1, end - 1)]
