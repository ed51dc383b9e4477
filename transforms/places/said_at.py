"""The place an occasion's time is given with: "kata Ani di Tapaktuan, Selasa", "apel di halaman
kantor gubernur di Jalan Merdeka 5 Kupang, Senin (3/2)", "dipimpin Bupati di Penajam pada
Minggu (15/9)".

News agencies file a story under their bureau's dateline ("Banda Aceh (ANTARA) -") and write
where it happened with its day, so the region that closes the "di ..." phrase right before the
occasion's day is where the occasion took place, ahead of the dateline
(transforms/places/resolve.py weighs it). The region must be the last words of the phrase; a
capital written bare ("di Penajam") counts here even where it is an everyday word, the day
after it says it is a place. People of a place ("ASN di Kota X, Senin") do not count, nor a
place written with another day than the occasion's ("di Kota Solok pada Sabtu (7/9)" of a case
a statement of 19/9 reports): the caller names where other days are written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from transforms.places.held import MONTHS, RANKED, WEEKDAYS
from transforms.places.mentions import RegionMention, region_mentions
from transforms.places.regions import Region, district_region, province_name, resolve_region
from transforms.places.venues import OPEN_GROUNDS
from transforms.prefilter import finditer, scanner

__all__ = ["AT_TIME", "another_day", "place_at_time"]

# The occasion's day right after a place: ", Selasa", ", Senin (3/2)", " pada Kamis", ", 12 Juni
# 2024", ", (4/7/2024)", ", kemarin".
AT_TIME = re.compile(
    rf"(?:,|(?<!\w)pada)[^\S\n]+(?:hari[^\S\n]+)?(?:(?i:{WEEKDAYS})(?!\w)"
    rf"|\(?\d{{1,2}}/\d{{1,2}}(?!\d)|\d{{1,2}}[^\S\n]+(?i:{MONTHS})(?!\w)|(?i:kemarin)(?!\w))")
_AT_TIME_SCAN = scanner(AT_TIME)
# The day written right after a place with no comma, a date after it ("di Kupang Rabu,4 Maret
# 2020", "di Kota Baru Senin (2/9)"): a weekday in capitals after a word; the place's last
# word must be capitalised too (``_days``).
_BARE_DAY = re.compile(
    r"(?<=\w[^\S\n])(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Jum’at|Sabtu|Minggu)"
    r"(?=[^\S\n]*,?[^\S\n]*\(?\d{1,2}(?:/\d{1,2}|[^\S\n]+[A-Za-z]))")
_BARE_DAY_SCAN = scanner(_BARE_DAY, word_index=False)
_LOOKBACK = 90  # characters before the day in which "di" must stand
# "di" before a name ("di Padang") or a building or ground written in lower case ("di kantor
# Bawaslu, Jakarta", "di kompleks parlemen, Jakarta", also the speaker's own: "di kantornya,
# Jalan ..., Denpasar"; not "di lingkungan Pemkot X": people of a place); the phrase after the
# last one may not hold a clause break.
_BUILDINGS = (r"(?:kantor|ruang|aula|halaman|gedung|kompleks|komplek|lapangan|rumah|pendopo"
              r"|pendapa|balai|sekretariat|markas|wisma|graha|auditorium|kawasan|sela|hotel"
              r"|masjid|stadion|asrama|kampus|sekolah|posko|rumah[^\S\n]+makan"
              r"|restoran)(?:nya)?\b")
_DI = re.compile(rf"(?<![\w-])[Dd]i[^\S\n]+(?=[A-Z0-9]|{_BUILDINGS})")
# The occasion's day, then where it was, closing the clause: "Selasa (17/9/2024) di Jakarta.",
# "Kamis, 8 Desember 2022 di Tanjung Selor", "pada Senin (9/9) pagi bertempat di Ambon", also a
# building written in lower case before its place ("Rabu (2/10), di aula hotel di Kota X",
# "di salah satu hotel di Kota X").
_DATE = (rf"\(?\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\)?|\d{{1,2}}[^\S\n]+(?i:{MONTHS})"
         rf"(?:[^\S\n]+\d{{4}})?")
TIME_THEN_AT = re.compile(
    rf"(?<!\w)(?:(?i:{WEEKDAYS})(?!\w)(?:,?[^\S\n]*(?:{_DATE}))?|\((?:{_DATE})\))"
    r"(?:[^\S\n]+(?i:pagi|siang|sore|malam|lalu|kemarin)(?!\w))?,?"
    r"[^\S\n]+(?:(?i:bertempat)[^\S\n]+)?di[^\S\n]+"
    rf"(?=[A-Z]|(?:salah[^\S\n]+satu[^\S\n]+)?{_BUILDINGS})")
_TIME_THEN_AT_SCAN = scanner(TIME_THEN_AT)
_CLAUSE_END = re.compile(r"[.;:!?\n\"“”()]|,[^\S\n]+(?![A-Z])|$")
_BREAK = re.compile(r"[;:!?()\n\"“”]|\.(?=\s)")
# What may follow a place after a comma before the day: its regency, city or province, or
# what the place is ("di Kotabaru, ibu kota Kabupaten Sukamaju, Rabu").
_APPOSITION = re.compile(r"[^\S\n]+(?:ibu[^\S\n]*kota|kabupaten|kota|kecamatan|provinsi"
                         r"|kab\.|prov\.|[A-Z]\w*(?:[^\S\n]+[A-Z]\w*){0,3}$)")
# People of a place or what happened there: "ASN di Kota X, Senin" is no occasion's place; a
# gathering's topic is not people ("rakor netralitas ASN di Jakarta, Senin"). A region ranked
# or where cases took place ("kasus tertinggi di Kota X, Senin", "paling banyak ditemukan di
# Kota X pada Senin") is where cases were, not where it was said.
_WHO = re.compile(r"(?<!\w)(?<!netralitas[^\S\n])(?:asn|pns|pegawai|aparatur|p3k|pppk|honorer"
                  r"|warga|masyarakat|pemilih|orang|seorang|pejabat|guru|staf|karyawan"
                  r"|kasus|pelanggaran|pilkada|pemilu|pemilihan|tinggal|berasal|bertugas"
                  r"|bekerja|" + RANKED + r")\)?[^\S\n]+$", re.IGNORECASE)
# A body a case or letter is forwarded to, then its seat: "meneruskan laporan itu ke BKN di
# Jakarta, Senin", "merekomendasikan ke KASN di Jakarta": where it went, not where the sender
# acted. Not a report filed or a file taken in person ("melapor ke Bawaslu di Kota X, Senin",
# "mengantar rekomendasi ke BKN di Jakarta": it was there).
_FORWARDED = re.compile(r"(?<!\w)(?:(?:me|di)[tn]eruskan|(?:me|di)[tn]embuskan"
                        r"|(?:meng|di)kirim(?:kan)?|(?:me|di)limpahkan|(?:me|di)rekomendasikan)(?!\w)"
                        r"[^.;:!?\n]{0,80}?(?<!\w)(?:ke|kepada)[^\S\n]+(?:[A-Z][\w.-]*[^\S\n]+){1,4}$")
_FORWARDED_LOOKBACK = 120
_NUMBER_END = re.compile(r"\d[^\S\n]*$")
_PHRASE_MAX_WORDS = 10  # "di Gedung A B C, Kompleks Kantor Gubernur X, Kota"
_BARE_MAX_WORDS = 3


def place_at_time(text: str, spans: list[tuple[int, int]], province: str | None,
                  other_days: Sequence[tuple[int, int]] = ()
                  ) -> Iterator[tuple[RegionMention | None, int, int, tuple[str, str] | None]]:
    """(mention, start, end, province) for each "di <place>, <day>" in the spans, in order:
    the region mention that closes the phrase, else None with a province the whole phrase
    names ("di Jakarta, Senin"). A day that overlaps one of ``other_days`` (spans of dates of
    days other than the occasion's) is not the occasion's: its place is skipped."""
    found: list[tuple[RegionMention | None, int, int, tuple[str, str] | None]] = []
    for match, stop in _days(text):
        if not any(a <= stop < b for a, b in spans) or _overlaps(match, other_days):
            continue
        at = next(reversed(list(_DI.finditer(text, max(0, stop - _LOOKBACK), stop))), None)
        named = None
        if at is not None and not _WHO.search(text, max(0, at.start() - 30), at.start()) \
                and not _forwarded(text, at.start()):
            named = _named(text, at.end(), stop, province)
        named = named or _said_in(text, stop, province) or _gathering_of(text, stop, province)
        if named is not None:
            found.append(named)
    for match in finditer(_TIME_THEN_AT_SCAN, text):  # "Selasa (17/9) di Jakarta."
        if not any(a <= match.start() < b for a, b in spans) or _overlaps(match, other_days):
            continue
        stop = _CLAUSE_END.search(text, match.end()).start()
        named = _named(text, match.end(), stop, province)
        if named is not None and named not in found:
            found.append(named)
    for match in finditer(_SAID_AT_END_SCAN, text):  # "kata Ketua Bawaslu X, Rudi, di Siau."
        if any(a <= match.start() < b for a, b in spans):
            named = _named(text, match.start("place"), match.end("place"), province)
            if named is not None and named not in found:
                found.append(named)
            break  # the article's first statement only
    yield from sorted(found, key=lambda f: f[1])


def _forwarded(text: str, at: int) -> bool:
    """Whether the "di" at ``at`` follows a body something is forwarded to (``_FORWARDED``)."""
    before = text[max(0, at - _FORWARDED_LOOKBACK):at]
    return (" ke" in before) and _FORWARDED.search(before) is not None


def _days(text: str) -> list[tuple[re.Match[str], int]]:
    """Each day written right after a place, with where the place's phrase stops: a comma or
    "pada" before the day (``AT_TIME``), or none with a capitalised name before it
    (``_BARE_DAY``)."""
    days = [(m, m.start()) for m in finditer(_AT_TIME_SCAN, text)]
    for match in finditer(_BARE_DAY_SCAN, text):
        stop = match.start() - 1
        word = text.rfind(" ", 0, stop) + 1
        if text[word:word + 1].isupper():
            days.append((match, stop))
    return sorted(days, key=lambda day: day[1]) if len(days) > 1 else days


def _overlaps(match: re.Match[str], days: Sequence[tuple[int, int]]) -> bool:
    return any(a < match.end() and match.start() < b for a, b in days)


_BEFORE_DAY = re.compile(r"[^\S\n]*(?:,[^\S\n]*(?=pada(?!\w)))?")  # "Solok, pada Senin"


def another_day(text: str, start: int, end: int, other_days: Sequence[tuple[int, int]]) -> bool:
    """Whether a place phrase text[start:end] (with the words leading to it) is written with a
    day other than the occasion's: one of ``other_days`` inside it ("berlangsung pada Kamis
    (4/7) di Agam"), right after it ("di Kota Solok pada Sabtu (7/9)") or right before the
    "di" that leads to it ("diadakan pada Minggu, 15 September 2024 di Jalan X, Kota Y")."""
    if not other_days:
        return False
    at = _BEFORE_DAY.match(text, end).end()
    day = AT_TIME.match(text, at) or _BARE_DAY.match(text, at)
    stop = day.end() if day is not None else end
    if any(a < stop and start < b for a, b in other_days):
        return True
    led = _LED_BY_DI.search(text, max(0, start - _DI_REACH), start)
    return led is not None and any(0 <= led.start() - b <= 3 for _, b in other_days)


# The "di" leading to a place, an address of a few parts between ("di Jalan X, Talang Kering,
# Kota Y"), with no clause break: the last one before the place.
_LED_BY_DI = re.compile(r"[^\S\n]di[^\S\n](?:(?![^\S\n]di[^\S\n])[^.;:!?\n])*\Z")
_DI_REACH = 80


# A speaker's words, then where and when ("tegas Rina, Ternate, Jumat", "kata Rudi, dikutip dari
# Antara, Semarang, Jumat"): the news agencies' way without "di".
_SAID = re.compile(r"(?<!\w)(?:kata|ujar|tegas|ungkap|jelas|terang|tutur|sebut|imbuh|pungkas"
                   r"|tandas|papar|ucap|beber|tukas|sambung|tambah|cetus|urai|tutup)(?:nya)?(?!\w)"
                   r"|(?<!\w)(?:dikutip|dilansir)(?!\w)", re.IGNORECASE)
_SAID_LOOKBACK = 200
# Where a speaker's words were said, closing the sentence with no day, only the speaker's
# title and name between ("kata Ketua Bawaslu X, Rudi, S.Sos, di Siau."): the statement's place,
# as with a day.
_SAID_AT_END = re.compile(
    r"(?<!\w)(?:kata|ujar|tegas|ungkap|jelas|terang|tutur|sebut|imbuh|pungkas|tandas|papar|ucap"
    r")(?:nya)?[^\S\n]+(?:[A-Z][\w.'’-]*,?[^\S\n]+){1,10}di[^\S\n]+"
    r"(?P<place>[A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*){0,2})\.(?=\s|$)")
_SAID_AT_END_SCAN = scanner(_SAID_AT_END)
_NAME_PART_MAX = 40


def _said_in(text: str, stop: int, province: str | None
             ) -> tuple[RegionMention | None, int, int, tuple[str, str] | None] | None:
    """A region or province standing alone between commas before the day (", Ternate,
    Jumat") in a clause that quotes a speaker."""
    comma = text.rfind(",", max(0, stop - _NAME_PART_MAX), stop)
    if comma < 0:
        return None
    part = text[comma + 1:stop]
    start, end = comma + 1 + len(part) - len(part.lstrip()), comma + 1 + len(part.rstrip())
    clause = re.split(r"[.!?\n]", text[max(0, comma - _SAID_LOOKBACK):comma])[-1]
    if start >= end or not _SAID.search(clause):
        return None
    bare = _bare(text[start:end], province)
    if isinstance(bare, Region):
        return RegionMention(bare, start, end, False), start, end, None
    return (None, start, end, bare) if bare is not None else None


# A gathering named with its regency right before its day ("saat membuka Musrenbang Kabupaten
# Ketapang, Senin", "dalam rakor netralitas ASN Kota Solok, Rabu (4/9)"): held there.
_GATHERING = re.compile(
    r"(?<!\w)(?:apel|upacara|rapat|rakor|rakorda|rakortek|musrenbang|sosialisasi|deklarasi|ikrar"
    r"|bimtek|bintek|pelatihan|diklat|seminar|lokakarya|workshop|dialog|diskusi|pertemuan|fgd"
    r"|forum|sidang|paripurna|silaturahmi|silaturahim|halal[^\S\n]*bihalal|coffee[^\S\n]+morning"
    r"|peluncuran|launching|pembukaan|penandatanganan|pelantikan|jambore|festival)(?!\w)",
    re.IGNORECASE)
_KIND_AT = re.compile(r"(?:kota|kabupaten|kab\.)(?!\w)", re.IGNORECASE)
_GATHERING_LOOKBACK = 80


def _gathering_of(text: str, stop: int, province: str | None
                  ) -> tuple[RegionMention | None, int, int, tuple[str, str] | None] | None:
    """A regency written with its kind ("Kabupaten X") closing a gathering's name right before
    the day, in the same clause as the gathering's noun (``_GATHERING``); not the regency of
    people ("sosialisasi bagi ASN Kota X, Senin")."""
    begin = max(0, stop - _GATHERING_LOOKBACK)
    mention = next(reversed([m for m in region_mentions(text, province, begin, stop)
                             if m.end == len(text[:stop].rstrip())]), None)
    if mention is None or not _KIND_AT.match(text, mention.start) or _WHO.search(
            text, max(0, mention.start - 30), mention.start):
        return None
    clause = _BREAK.split(text[begin:mention.start])[-1].rsplit(",", 1)[-1]
    if not _GATHERING.search(clause):
        return None
    return mention, mention.start, mention.end, None


def _named(text: str, begin: int, stop: int, province: str | None
           ) -> tuple[RegionMention | None, int, int, tuple[str, str] | None] | None:
    """The place text[begin:stop] names: its first part (up to a comma) or, after an
    apposition ("di Kotabaru, ibu kota Kabupaten Sukamaju"), a later one."""
    phrase = text[begin:stop].rstrip().rstrip(",").rstrip()  # "..., Panjer, pada hari Rabu"
    parts = phrase.split(",")
    if not phrase or len(phrase.split()) > _PHRASE_MAX_WORDS or any(
            _BREAK.search(p) for p in parts) or not all(
            _APPOSITION.match(p) for p in parts[1:]):
        return None
    for part in parts:
        lead = len(part) - len(part.lstrip())
        end = begin + len(part.rstrip())
        start = begin + lead
        found = [m for m in region_mentions(text, province, start, end) if m.end == end and (
            m.prefixed or m.start == start or not _own_name(text[start:m.start]))]
        if found:
            return found[-1], found[-1].start, end, None
        bare = _bare(text[start:end], province, last=part is parts[-1])
        if isinstance(bare, Region):
            return RegionMention(bare, start, end, False), start, end, None
        if bare is not None:
            return None, start, end, bare
        begin += len(part) + 1
    return None


def _own_name(before: str) -> bool:
    """A bare name closing the name of open ground is that ground's own ("Lapangan Blang
    Padang"), unless an address number stands before it ("Jalan Sudirman 52 Kupang")."""
    first = before.split()[0].lower() if before.split() else ""
    return first in OPEN_GROUNDS and not _NUMBER_END.search(before)


def _bare(phrase: str, province: str | None,
          last: bool = False) -> Region | tuple[str, str] | None:
    """A phrase that is one capitalised name: a region (also one the body scan skips as an
    everyday word, "Penajam"), else a province, else (``last``: the name closing the phrase
    right before the day) a kecamatan whose name is one district's."""
    words = phrase.split()
    if len(words) > _BARE_MAX_WORDS or not all(w[:1].isupper() for w in words):
        return None
    region = resolve_region(phrase, province)
    if region is not None:
        return region
    # a kecamatan closing an address ("Jalan Melati Indah, Sesetan, Denpasar Selatan, Rabu")
    return province_name(phrase) or (district_region(phrase, province) if last else None)
