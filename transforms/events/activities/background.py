"""Background to an occasion: statistics, lessons, examples and earlier elections.

Part of the `pelanggaran` and `sanksi` judges (``transforms.events.activities.findings``,
``transforms.events.activities.sanctions``): a case or sanction told as an earlier occasion
("Sebelumnya, ...", "Saat itu, ..."), of an earlier election (before the text's latest: an
earlier year, "Pemilu sebelumnya", "tahun lalu", or the general election of a year whose
Pilkada the text is about), as a case that happened once ("pernah menangani kasus serupa") or
as national statistics ("berdasarkan data", "data KASN", "secara nasional", "tercatat di
Bawaslu RI") or as an incident held up by a name ("kasus lama seperti Lurah X") is
background, not this occasion's; so is one in a sentence that goes on from such a one
("Berdasarkan laporan tersebut, ...", or a bare count with no time of its own: "Tercatat ada
40 kasus", "yakni 52 kasus", "ada sekitar 8 ASN di X ..." with X the place named before).
A clause after a contrast ("..., namun kami telah ...") is told apart from the statistics
before it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from transforms.events.activities.context import EARLIER, Context, last_clause
from transforms.events.activities.words import says
from transforms.events.elections import ELECTION_YEAR, election_rank
from transforms.prefilter import quick

__all__ = ["CONTRAST", "GATES", "background"]

_BACKGROUND = re.compile(
    # a lesson drawn from before: "Belajar dari Pilkada lalu, ...", "Berkaca pada ..."
    r"\b(?:pengalaman|terdahulu|(?:belajar|berkaca)\s+(?:dari|pada)|(?:berdasarkan|menurut)\s+data"
    # (not a regional watchdog's own tally: "data yang dihimpun Bawaslu Kalteng")
    r"(?![^.,;]{0,60}?\b(?:bawaslu|panwas\w*)\)?\s+(?!ri\b|republik\b|pusat\b|indonesia\b)"
    r"(?-i:[A-Z]))"
    r"|secara\s+nasional|se-?indonesia"
    # a trend over years ("mencatat beberapa tahun terakhir jumlah dugaan ... meningkat"; not
    # a case of now set against them: "jumlah tertinggi dalam beberapa tahun terakhir")
    r"|beberapa\s+tahun\s+(?:terakhir|belakangan)[^.;:]{0,80}?\b(?:meningkat|menurun|naik|turun"
    r"|peningkatan|penurunan|mengalami|fluktuatif)"
    r"|data\s+(?:dari\s+)?(?:kasn|komisi\s+asn|bkn|kemenpan\w*)|tahun\s+(?:lalu|sebelumnya)"
    # the national watchdog's tally ("dicatat oleh Bawaslu RI", its full name spelled out too)
    r"|(?:data|terdata|tercatat|dicatat|catatan)\s+(?:dari\s+|oleh\s+|di\s+)?"
    r"(?:badan\s+pengawas\s+pemilu\s+\(?bawaslu\)?|bawaslu)\s+(?:ri|republik\s+indonesia|pusat)"
    # an example given: "Dia mencontohkan kasus ...", "misalnya"
    r"|(?:men|di)contohkan|contohnya|misalnya|sebagai\s+contoh"
    # an incident held up by a name ("kasus lalu seperti Lurah X yang ..."): an example
    r"|(?:kejadian|kasus|peristiwa|perkara)\s+(?:[\w-]+\s+){0,3}?seperti\s+(?-i:[A-Z])\w*"
    # a time told before, pointed back at ("diproses oleh pengawas pemilu kala itu")
    # (bare: "Terlapor waktu itu ..."; not "waktu itu juga / pula": right then, nor "jangka
    # waktu itu", "sejak waktu itu": a time up to now)
    r"|(?<!jangka\s)(?<!sejak\s)(?<!dalam\s)waktu\s+itu(?!\s+(?:juga|pula))"
    r"|kala\s+itu|ketika\s+itu"
    # a case that happened once, given as an example ("kami pernah menangani kasus serupa")
    # (not "sudah pernah menemukan 3 kasus": the cases so far, counted)
    r"|(?<!sudah\s)(?<!telah\s)pernah\s+(?:ada|punya|memiliki|terjadi|mengalami|menangani"
    r"|menemukan)\s+(?:(?!(?:satu|dua|tiga|empat|lima|beberapa|sejumlah)\b)[^\W\d]+\s+){0,2}?"
    r"(?:kejadian|kasus|peristiwa|perkara|temuan)"
    # a tally over elections ("selama dua periode Pemilu sebanyak 40 ASN diberhentikan", "pada
    # 2 kali gelombang Pilkada, kasus ASN menjadi pelanggaran terbanyak")
    r"|selama\s+(?:dua|tiga|empat|lima|beberapa|\d+)\s+(?:periode|kali)\s+(?:pemilu|pilkada"
    r"|pemilihan)|(?:pada|dalam)\s+(?:dua|tiga|empat|lima|beberapa|\d+)\s+kali\s+gelombang\s+"
    r"(?:pemilu|pilkada|pemilihan)"
    r"|seluruh\s+indonesia|(?:pemilu|pemilukada|pilkada|pileg|pilcaleg|pilpres|pemilihan|pilgub"
    r"|pilbup"
    r"|pilwako|pilwalkot|pilwali|pilbub)\s+(?:\w+\s+){0,3}?"
    r"(?:sebelumnya|lalu|kemarin|silam))\b", re.IGNORECASE)
# one of these words stands in every match of _BACKGROUND: a cheap test first (its words for
# an ASCII sentence, the strings in the lower-cased text for another)
_BACKGROUND_WORDS = frozenset({"pengalaman", "terdahulu", "belajar", "berkaca", "data",
                               "nasional", "indonesia", "seindonesia", "mencontohkan",
                               "dicontohkan", "contohnya", "misalnya", "contoh", "sebelumnya",
                               "terdata", "tercatat", "dicatat", "catatan",
                               "lalu", "kemarin", "silam", "waktu", "kala", "ketika",
                               "pernah", "seperti", "terakhir", "belakangan", "selama",
                               "gelombang"})
_BACKGROUND_STRINGS = ("pengalaman", "terdahulu", "belajar", "berkaca", "berdasarkan", "menurut",
                       "nasional", "indonesia", "data", "tahun", "mencontohkan", "dicontohkan",
                       "contohnya", "misalnya", "contoh", "sebelumnya", "lalu", "kemarin",
                       "silam", "waktu", "kala", "ketika", "pernah", "seperti", "terakhir",
                       "belakangan", "selama", "gelombang")
_GOES_ON = re.compile(r"^\W*(?:berdasarkan|dari|menurut)\s+(?:laporan|data|jumlah|angka|catatan)"
                      r"\s+(?:tersebut|itu)\b", re.IGNORECASE)
# a bare count ("Tercatat ada 40 kasus ...") with no time of its own: it goes on with the
# sentence before, the tally of the election or the statistics that sentence names
# (also people counted: "ada sekitar 8 ASN di X terindikasi ...")
_COUNT = re.compile(r"\b(?:tercatat|terdapat|ada|sebanyak|yakni|yaitu|mencapai)\s+"
                    r"(?:ada\s+|sebanyak\s+)?(?:sekitar\s+|kurang\s+lebih\s+|lebih\s+dari\s+)?"
                    r"\d[\d.]*\s+(?:orang\s+)?(?:kasus|laporan|temuan|pelanggaran|perkara|asn|pns"
                    r"|pppk|p3k|aparatur|pegawai)\b"
                    # a share opening the sentence: "99,5 persen pelanggaran dilakukan oleh ..."
                    r"|^\W*\d[\d.,]*\s*(?:%|persen)\s+(?:dari\s+)?(?:kasus|laporan|temuan"
                    r"|pelanggaran|perkara)\b", re.IGNORECASE)
_OWN_TIME = re.compile(r"\b(?:(?:tahun|pemilu|pilkada|pemilihan|sejauh|hingga|sampai|kali|saat"
                       r"|masa|periode|pekan|minggu|bulan|hari)\s+ini|kini|sekarang|sementara"
                       r"|terbaru)\b", re.IGNORECASE)
# a place of its own ("Di Kabupaten Sukamaju ada 3 kasus": that region's count, not the tally
# before), unless it ranks within that tally ("terbanyak di Provinsi X, yakni 43 kasus")
_OWN_PLACE = re.compile(r"\bdi\s+(?:wilayah\s+|lingkungan\s+)?((?-i:[A-Z])\w*)", re.IGNORECASE)
_RANKED = re.compile(r"\b(?:terbanyak|tertinggi|paling\s+banyak)\b", re.IGNORECASE)
_ANY_YEAR = re.compile(r"\b20\d\d\b")
_ANY_YEAR = quick(_ANY_YEAR)  # searched in many clauses


# "Meski data KASN ..., namun kami telah ...": the clause after a contrast is told apart from
# a cue of statistics or an example before it (not from an earlier election named before it)
CONTRAST = re.compile(r"\b(?:namun|tetapi|tapi|sedangkan)\b", re.IGNORECASE)


def background(ctx: Context) -> bool:
    if EARLIER.search(ctx.sentence):
        return True  # "Sebelumnya, ...", "Saat itu, ...": an earlier occasion told in passing
    # the last contrast word before the phrase (every one holds an "n")
    contrast = (max(CONTRAST.finditer(ctx.before), key=re.Match.start, default=None)
                if "n" in ctx.before else None)
    if contrast:
        told = ctx.before[contrast.end():] + ctx.phrase + ctx.after
        if (_background_cue(ctx.before[contrast.start():] + ctx.phrase + ctx.after)
                or _earlier_election(ctx.sentence, ctx.latest_year)
                or _earlier_year(told, ctx.latest_year)):  # "..., sedangkan pada 2020 ..."
            return True
    elif (_background_cue(ctx.sentence) or _earlier_election(ctx.sentence, ctx.latest_year)
          or _earlier_year(ctx.sentence, ctx.latest_year)):
        return True
    if "lain" in ctx.before and _OTHER_REGIONS.search(last_clause(ctx.before)):
        return True  # "beberapa ASN di wilayah lain telah dikenai sanksi": held up, not here
    # "Berdasarkan laporan tersebut, ...", "Tercatat ada 40 kasus": goes on with the sentence
    # before
    return _goes_on(ctx.sentence, ctx.previous) and (
        _background_cue(ctx.previous) or _earlier_election(ctx.previous, ctx.latest_year))


def _goes_on(sentence: str, previous: str = "") -> bool:
    """The sentence goes on with the one before: it points back at its data or is a bare count
    with no year, time or place of its own (a ranking within the tally aside; a place the
    sentence before names is that tally's)."""
    if _GOES_ON.search(sentence):
        return True
    if not (any(ch.isdigit() for ch in sentence) and _COUNT.search(sentence)
            and not _ANY_YEAR.search(sentence) and not _OWN_TIME.search(sentence)):
        return False
    place = _OWN_PLACE.search(sentence)
    return (not place or place.group(1) in previous or bool(_RANKED.search(sentence)))


@lru_cache(maxsize=256)
def _background_cue(sentence: str) -> bool:
    """Statistics, a lesson or an example, an earlier election named as past."""
    if sentence.isascii():
        cue = says(sentence, _BACKGROUND_WORDS)
    else:
        low = sentence.lower()
        cue = any(word in low for word in _BACKGROUND_STRINGS)
    return bool(cue and _BACKGROUND.search(sentence))


@lru_cache(maxsize=256)
def _earlier_election(sentence: str, latest: int) -> bool:
    """Only elections before the text's latest (``elections.election_rank``) named in the
    sentence."""
    if "20" not in sentence or not _ANY_YEAR.search(sentence):
        return False
    return max(map(election_rank, ELECTION_YEAR.finditer(sentence)), default=latest) < latest


# a sentence opening on a year ("Pada tahun 2018 kami memetakan ...", "Tahun 2019, ...", "Pada
# 2019 Bawaslu menerima ..."): the time of all it tells (not a span up to now: "Pada tahun 2022
# hingga kini")
_OPENING_YEAR = re.compile(r"^\W*(?:pada\s+(?:tahun\s+)?|tahun\s+)(20\d\d)\b"
                           r"(?!\s*(?:hingga|sampai|s/?d|-))",
                           re.IGNORECASE)
# the people of other regions the sanction or case is told of, in its clause ("beberapa ASN di
# wilayah lain telah dikenai sanksi")
_OTHER_REGIONS = re.compile(r"\b(?:asn|pns|pegawai|aparatur|kepala\s+desa|kades|camat|lurah"
                            r"|pejabat)\s+(?:\w+\s+){0,2}?di\s+(?:wilayah|daerah|kabupaten|kota"
                            r"|provinsi|tempat)\s+lain(?:nya)?\b", re.IGNORECASE)


def _earlier_year(sentence: str, latest: int) -> bool:
    """The sentence opens on a year two or more before that of the text's latest election (an
    earlier election's cases told as its time's: "Pada tahun 2018 ... dua kades diproses";
    not the year before it, when its campaign may have begun)."""
    opening = _OPENING_YEAR.match(sentence) if latest else None
    return opening is not None and int(opening.group(1)) < latest // 2 - 1


# The words, one of which every match of each pattern holds as a whole word: a sentence
# without any is not searched (``says``). Kept by hand beside the patterns, and checked on
# samples drawn from every alternative of each pattern by the tests.
GATES: tuple[tuple[frozenset[str], tuple[re.Pattern[str], ...]], ...] = (
    (_BACKGROUND_WORDS, (_BACKGROUND,)),
)
