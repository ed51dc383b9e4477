"""Where an occasion was held: the words that name a region as its place, and the sentences that
tell of an earlier occasion instead (transforms/places/resolve.py reads the region itself)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from transforms.places.mentions import RegionMention, region_mentions
from transforms.places.place import SENTENCE_MAX_CHARS, sentence_around
from transforms.places.regions import province_name, resolve_region
from transforms.prefilter import MIN_TEXT, candidate_starts, finditer, fold, scanner

# "digelar di Bukittinggi", "berlangsung pada Kamis (4/7) di Kabupaten Agam", "menggelar bimtek
# netralitas ASN di sebuah hotel di Kabupaten Agam": a region named as where an occasion was held
# (a few words may stand between the verb and "di"), "apel netralitas ASN di Lubuk Basung": a
# gathering of any kind of the taxonomy (apel, sosialisasi, seminar, rapat, bimtek, pelatihan,
# ikrar, penandatanganan ...) named right before where it was.
HELD_AT = re.compile(
    r"\b(?:(?:digelar|dihelat|dilaksanakan|diselenggarakan|berlangsung|bertempat|diadakan"
    r"|dilangsungkan|dipusatkan)\b(?:,?[^\S\n]+[^\s.;:]+){0,6}?"
    r"|(?:menggelar|menghelat|mengadakan|menyelenggarakan)\b"
    r"(?:,?[^\S\n]+[^\s.;:]+){1,10}?"
    r"|(?:apel|upacara|sosialisasi|seminar|dialog|diskusi|rapat|rakor|rakorda|rakornas|rakornis"
    r"|raker|rdp|sarasehan|fgd|webinar|talk[^\S\n]?show|penyuluhan|pengarahan"
    r"|deklarasi|ikrar|bimtek|bintek|pelatihan|diklat|workshop|lokakarya|penandatanganan"
    r"|pertemuan|konferensi[^\S\n]+pers|jumpa[^\S\n]+pers)\b"
    r"(?:[^\S\n]+[^\s.;:,]+){0,6}?)"
    r"(?:[^\S\n]+di[^\S\n]+(?:(?:sebuah|salah[^\S\n]+satu)(?:[^\S\n]+[a-z]+){1,3}[^\S\n]+di[^\S\n]+)?"
    # (a comma may close the gathering's name before the building it met in: "acara
    # Sosialisasi ... ASN, di salah satu hotel di Kota X"; not an aside, ", di Kota X misalnya")
    r"|,[^\S\n]+di[^\S\n]+(?:sebuah|salah[^\S\n]+satu)(?:[^\S\n]+[a-z]+){1,3}[^\S\n]+di[^\S\n]+)",
    re.IGNORECASE,
)

HELD_AT_SCAN = scanner(HELD_AT)  # tried only where a verb or a gathering's word stands
_CLAUSE_END = re.compile(r"[.;:\n]")  # no HELD_AT match runs over one before its "di"
# A "di" between two spaces (not line breaks) of the folded text, at the "di": led by the
# literal, which re finds fast (a pattern led by the space class is tried at every character).
_DI = re.compile(r"di(?<=[^\S\n]di)(?=[^\S\n])")
# A ranking or a happening: what cases were most or least, or where they took place
# (also read by places/said_at.py, before a place and its day).
RANKED = (r"(?:terjadi|tertinggi|terbanyak|terendah|tersedikit|tersebar|ditemukan|terlibat"
          r"|paling[^\S\n]+(?:banyak|tinggi|sedikit|rendah))")
# A region after a RANKED word ("dari daerah yang menggelar pilkada, pelanggaran
# terbanyak terjadi di X", "menggelar rapat bersama camat, kasus tertinggi di Y", "deklarasi
# calon, ada kepala desa yang terlibat di Z"): where cases were most or took place, not where
# the gathering the verb names was held.
# A linking word or two may stand before the "di" ("terbanyak masih berada di X").
_RANKED_AT = re.compile(r"(?<!\w)" + RANKED +
                        r"(?:[^\S\n]+(?:berada|ada|terdapat|tercatat|terjadi|masih|yakni|yaitu"
                        r"|ialah|adalah)){0,2}[^\S\n]+di[^\S\n]+$", re.IGNORECASE)


def held_at_matches(text: str) -> Iterator[re.Match[str]]:
    """``HELD_AT.finditer(text)``: tried only where a verb or a gathering's word stands and
    a " di " follows before the clause ends (every match ends with one, and no character of
    a match before it is a full stop, a semicolon, a colon or a line break), which most such
    words lack: the match at each costs as much as a few dozen ``str.find``. None whose "di"
    follows a ranking or a happening (``_RANKED_AT``)."""
    if len(text) < MIN_TEXT or HELD_AT_SCAN.literals is None:
        yield from (m for m in finditer(HELD_AT_SCAN, text) if not _RANKED_AT.search(m.group()))
        return
    low = fold(text)
    dis = list(map(re.Match.start, _DI.finditer(low)))  # where each " di " has its "di"
    match, clause_end = HELD_AT.match, _CLAUSE_END.search
    after = 0
    for start in candidate_starts(HELD_AT_SCAN, text):
        if start < after:
            continue
        # the first "di" after start: a later one stands after any clause end this one does
        at = bisect_right(dis, start)
        if at == len(dis) or clause_end(low, start, dis[at]):
            continue
        found = match(text, start)
        if found is not None and not _RANKED_AT.search(found.group()):
            yield found
            after = found.end()


_EARLIER = re.compile(r"\b(?:sebelumnya|sebelum\s+(?:ini|itu)|(?:se)?(?:tahun|bulan|pekan|minggu)"
                     r"\s+(?:lalu|silam)|beberapa\s+waktu\s+(?:lalu|silam)|(?:19|20)\d\d\s+silam"
                     # a gathering told as past: "pada pertemuan dengan Bawaslu di X yang lalu"
                     r"|(?:pertemuan|rapat)\b(?:(?!\b(?:senin|selasa|rabu|kamis|jum'?at|sabtu)\b)"
                     r"[^.,;]){0,60}?\byang\s+lalu"
                     r"|pada\s+(?:Pemilu|Pilkada|Pilpres|Pileg)\s+(?P<year>\d{4}))\b",
                     re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# "Baru-baru ini, ..." opening a sentence: a recent occasion, before the report's when the story
# has told its own first (in the first paragraph it opens the story's own occasion)
_RECENT = re.compile(r"\W*baru-baru\s+ini\b", re.IGNORECASE)
_PARAGRAPH_WORDS = 8  # a line of fewer words is a caption, a byline or a heading


def _told_after_the_lead(text: str, sentence: str) -> bool:
    """Some paragraph of the story, or a sentence of its own line, stands before the sentence."""
    at = text.find(sentence)
    line_start = text.rfind("\n", 0, max(at, 0)) + 1
    return at > 0 and (len(text[line_start:at].split()) >= _PARAGRAPH_WORDS or any(
        len(line.split()) >= _PARAGRAPH_WORDS for line in text[:line_start].split("\n")))


# "Dalam rapat di X bulan Maret juga sudah dibahas": a month named without a day, with the
# step told as done already, is an earlier meeting's (not "bulan ini", "bulan depan")
_MONTH = re.compile(r"\bbulan\s+(?:januari|februari|maret|april|mei|juni|juli|agustus|september"
                    r"|oktober|november|desember)\b", re.IGNORECASE)
_DONE = re.compile(r"\b(?:sudah|pernah)\b", re.IGNORECASE)
# "Kita juga sudah melakukan ikrar di X", "pernah menggelar apel di Y": a gathering the speaker
# tells as done already, beside the one reported (not "sudah melakukan" alone, which also
# reports the occasion itself: "Bawaslu sudah melakukan sosialisasi di 10 kecamatan")
_ALSO_DONE = re.compile(r"\b(?:(?:juga|pun)\s+(?:sudah|telah)|(?<!belum )pernah)\s+(?:melakukan"
                        r"|menggelar|mengadakan|mengikuti|melaksanakan)\b", re.IGNORECASE)
# The names of the days and the months as news writes them (also read by places/said_at.py).
WEEKDAYS = r"senin|selasa|rabu|kamis|jum'?at|jum’at|sabtu|minggu|ahad"
MONTHS = (r"januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober"
          r"|november|nopember|desember|jan|feb|mar|apr|jun|jul|agu|agt|sep|sept|okt|nov|des")
# a day written in the sentence: the gathering told with its own day is the one reported
# ("juga telah melaksanakan sosialisasi di Kabupaten X, Senin (9/9/2024)")
_A_DAY = re.compile(rf"\b(?:{WEEKDAYS})\b|\d{{1,2}}\s*/\s*\d{{1,2}}|\d{{1,2}}\s+(?:{MONTHS})\b",
                    re.IGNORECASE)
# a month told as past, no day written ("akhir Mei 2024 lalu", "Mei lalu"; a day with it,
# "pada 28 Mei lalu", may date the story's own occasion)
_MONTH_GONE = re.compile(rf"\b(?:{MONTHS})(?:\s+(?:19|20)\d\d)?\s+(?:lalu|silam)\b", re.IGNORECASE)


_SEPARATELY = re.compile(r"[^\S\n]*(?:di[^\S\n]+tempat[^\S\n]+)?terpisah\b", re.IGNORECASE)


def told_separately(text: str, at: int) -> bool:
    """Whether position ``at`` stands in a paragraph opened with "Terpisah" ("Di tempat
    terpisah"): another occasion told beside the article's (also read by the event-date
    chooser, transforms/events/dates/choice.py)."""
    return _SEPARATELY.match(text, text.rfind("\n", 0, at) + 1) is not None


def earlier(text: str, sentence: str) -> bool:
    """The sentence tells of an earlier occasion (or, in a paragraph opened with "Terpisah",
    another one): "sebelumnya", "tahun lalu", a gathering told as done too ("juga sudah
    melakukan ikrar di X"), a month with the step told as done ("bulan
    Maret juga sudah dibahas"), a month gone by with no day after the lead ("akhir Mei
    lalu"), or an election ("pada Pemilu 2019") of a year before the latest the text names."""
    if "bulan" in sentence.lower() and _MONTH.search(sentence) and _DONE.search(sentence):
        return True
    if _ALSO_DONE.search(sentence) and not _A_DAY.search(sentence):
        return True
    if _RECENT.match(sentence) and _told_after_the_lead(text, sentence):
        return True  # "Baru-baru ini, ..." after the story's first paragraph: what prompted it
    if ("rpisah" in text and told_separately(text, max(text.find(sentence), 0))
            and _told_after_the_lead(text, sentence)):
        return True  # "Terpisah, Pengamat ... di Hotel X, Kamis (25/1)": another occasion
    if (_MONTH_GONE.search(sentence) and not _A_DAY.search(sentence)
            and _told_after_the_lead(text, sentence)):
        return True  # "... digelar di Bogor akhir Mei 2024 lalu" after the lead: a month gone by
    found = _EARLIER.search(sentence)
    if found is None or not found["year"]:
        return found is not None
    return any(int(y) > int(found["year"]) for y in _YEAR.findall(text))


# a day written with its year ("Rabu (25/9/2024)", "25 September 2024"; a two-digit year too)
_DAY_YEAR = re.compile(r"\b\d{1,2}\s*/\s*\d{1,2}\s*/\s*((?:19|20)?\d\d)\b|\b\d{1,2}\s+(?:januari"
                       r"|februari|maret|april|mei|juni|juli|agustus|september|oktober|november"
                       r"|desember)\s+((?:19|20)\d\d)\b", re.IGNORECASE)


def _of_latest_year(text: str, sentence: str) -> bool:
    """The sentence writes a day with its year, the latest year the text names: the day of
    the occasion the text reports ("Seperti tahun lalu, rapat ... digelar di Gedung X, Rabu
    (25/9/2024)"), whatever earlier one it is compared with."""
    latest = max(map(int, _YEAR.findall(text)), default=0)
    return any(int(year) + (2000 if len(year) == 2 else 0) >= latest
               for year in (m[1] or m[2] for m in _DAY_YEAR.finditer(sentence)))


def years_before(text: str, sentence: str, at: str = "") -> bool:
    """The sentence tells of an occasion a year or more before, with no day or with a day of
    an earlier year: "tahun lalu", "2019 silam", or an election of a year before the latest
    the text names ("pada Pilkada 2015"). Not "sebelumnya" alone, which also opens an earlier
    part of the same day, nor a sentence with a day of the text's latest year. With ``at``
    (a venue's words), only a time told before them counts ("Tahun lalu, apel digelar di X";
    not "di X, yang direnovasi tahun lalu": the venue's own past)."""
    where = sentence.find(at) if at else -1
    for found in _EARLIER.finditer(sentence, 0, where if where >= 0 else len(sentence)):
        told = found.group().lower()
        if found["year"]:
            if any(int(y) > int(found["year"]) for y in _YEAR.findall(text)):
                return not _of_latest_year(text, sentence)
        elif told.endswith("silam") and told[:1].isdigit() or told.startswith(
                ("tahun", "setahun")):
            return not _of_latest_year(text, sentence)
    return False


# The breach told as it happened, before the words naming where ("video itu terjadi pada 3 Mei
# lalu, bertempat di Kota X", "lokasi kejadiannya berlangsung di Y"): the scene of the case,
# an earlier occasion, not where the one reported (a finding, a statement) was held.
_INCIDENT = re.compile(r"(?<!\w)(?:terjadi|kejadian(?:nya)?|insiden|peristiwa)(?!\w)",
                       re.IGNORECASE)
_CLAUSE_STARTS = re.compile(r"[.!?\n]")


def incident_scene(text: str, start: int) -> bool:
    """Whether the sentence before ``start`` (a "digelar/bertempat di" phrase) tells the breach
    as it happened (``_INCIDENT``)."""
    window = text[max(0, start - SENTENCE_MAX_CHARS):start]
    told = _CLAUSE_STARTS.split(window)[-1]
    return ("jadi" in told or "iden" in told or "stiwa" in told) and _INCIDENT.search(
        told) is not None


def told_earlier(text: str, start: int, end: int) -> bool:
    """``earlier`` for the sentence around text[start:end] without the quotation it closes
    before the place: in '"... sebelumnya ...," kata Ani di Kota X, Senin' the speaker's words
    tell of earlier figures, the words after the quote of where and when she spoke."""
    line = text.rfind("\n", 0, start) + 1
    curly = text.rfind("\u201d", line, start)
    if curly >= 0 and text.rfind("\u201c", line, start) > curly:
        curly = -1  # the place stands inside a quotation: the whole sentence is read
    straight = text.rfind('"', line, start)
    if straight >= 0 and text.count('"', line, start) % 2:
        straight = -1  # an opening quote
    close = max(curly, straight)
    if close < 0:
        return earlier(text, sentence_around(text, start, end))
    window = text[close + 1:end + SENTENCE_MAX_CHARS]
    return earlier(text, sentence_around(window, start - close - 1, end - close - 1))


# "di halaman kantor bupati", "di Aula Kantor Bupati", "di rumah dinas wali kota", "di balai kota":
# the office of the head of a regency (kind "kabupaten") or city ("kota") whose region the text
# names elsewhere (a capital right after it names its own: "Kantor Bupati Agam"); also the office of
# a regency's election, personnel or council body ("di aula kantor Bawaslu", "di gedung DPRD").
OWN_OFFICE = re.compile(
    r"\b[Dd]i[^\S\n]+(?i:(?:(?:halaman|aula|lapangan|pelataran|ruang[^\S\n]+\w+)[^\S\n]+)?"
    r"(?:(?:kantor|rumah[^\S\n]+dinas|rumah[^\S\n]+jabatan|pendopo|pendapa)[^\S\n]+"
    r"(?P<head>bupati|wali[^\S\n]*kota)|(?P<city>balai[^\S\n]+kota)"
    r"|(?:kantor|sekretariat|gedung)[^\S\n]+(?P<agency>bawaslu|kpu|kpud|panwaslu|bkpsdm|bkd"
    r"|bkpp|dprd|inspektorat)))\b(?![^\S\n]+[A-Z])")


def office_kind(match: re.Match[str]) -> str:
    """"kabupaten" for a regent's office, "kota" for a mayor's or a city hall, "agency" for a
    regency body's own office ("di aula kantor Bawaslu": the region of the Bawaslu named)."""
    if match["agency"]:
        return "agency"
    return "kabupaten" if (match["head"] or "").lower() == "bupati" else "kota"


# "ASN di Kabupaten X", "satu orang di Kota Y", "terjadi di Kota Y", "kasus terbanyak di
# Kabupaten Z", "ASN (di) lingkup/lingkungan/jajaran Pemkab X", "gereja yang ada di Kota X":
# people of a place, or what happened there, not where the occasion was; a tally's bare count
# too ("lima ASN di Kota Y dan 2 di Kabupaten Z": the people counted are left out; not a year).
WHO_AT = re.compile(r"(?:(?<![\w.,/-])\d{1,3}"
                     r"|(?<!\w)(?:asn|pns|pegawai|aparatur|negara|p3k|pppk|honorer|warga"
                     r"|orang|seorang|pejabat|guru|staf|karyawan"
                     r"|masyarakat|pemilih|terjadi|ditemukan|tersebar|berasal|bertugas|berdinas|bekerja"
                     r"|kades|desa|lurah|camat|perangkat|nagari|netralitas|netral|melanggar"
                     r"|teridentifikasi|terindikasi|terdeteksi|terdata|ditangani|diproses|laporan"
                     r"|kasus|pelanggaran|terbanyak|tertinggi|terendah|tercatat|dilaporkan"
                     r"|yang[^\S\n]+(?:ada|berada)))\)?"
                     r"[^\S\n]+(?:di[^\S\n]+(?:(?:lingkup|lingkungan|jajaran)[^\S\n]+)?"
                     r"|(?:lingkup|lingkungan|jajaran)[^\S\n]+)$", re.IGNORECASE)


# A body naming this many regencies apart from its lead lists where its cases are (a province
# body's tally, a list of villages): none of them is where the occasion was.
CASE_PLACES = 3
# Words of a tally of cases, or of a ranking of regions ("pengawasan terbanyak di X, 220 kali",
# "paling sedikit di Y"): a region named in such a sentence ("Di Kota X ada lima pelanggaran")
# among many is where cases were, not where the occasion was.
CASES = re.compile(r"(?<!\w)(?:pelanggaran|kasus|laporan|temuan|dugaan|terbanyak|tertinggi"
                   r"|terendah|tersedikit|paling[^\S\n]+(?:banyak|sedikit))(?!\w)", re.IGNORECASE)


def of_agency(text: str, mention: RegionMention, agency: str) -> bool:
    """The mention names the region of that agency: "Bawaslu Agam", "Bawaslu Kabupaten Agam",
    "Badan Pengawas Pemilu (Bawaslu) Kota Solok"."""
    name = re.escape(agency.upper())
    before = text[max(0, mention.start - 16):mention.start].upper()
    return bool(re.match(rf"{name}\b", text[mention.start:mention.end].upper())
                or re.search(rf"\b{name}\)?[^\S\n]*$", before))


# "ke kantor KASN, Jalan Letjen Sutoyo, Jakarta Timur", "di Hotel Bunga, Jl. Sudirman No. 5,
# Kota Padang", "di rumah dinas, Jalan Diponegoro No 41 Medan": a venue with its street address
# (its house number may close it without a comma), then the region it stands in. The street
# may follow the venue without a comma ("di Aula Lantai 3, Kantor Wali Kota Jalan Ahmad Yani
# 12 Binjai") or after a second "di" ("di Balai Kota, di Jalan Ahmad Yani 12 Binjai").
ADDRESS_AT = re.compile(
    r"(?<!\w)(?:di|ke)[^\S\n]+[^\n.;]{3,80}?(?:,[^\S\n]*(?:di[^\S\n]+)?|[^\S\n]+)"
    r"(?:Jalan|Jln?\.?)[^\S\n]+"
    r"(?:[^\n,;]{2,60}?[^\S\n](?:No\.?|Nomor)?[^\S\n]*\d+[A-Za-z]?(?:[^\S\n]*,)?[^\S\n]+"
    r"|[^\n,;]{2,60},[^\S\n]*(?:No\.?[^\S\n]*\w+[^\S\n]*,[^\S\n]*)?)")


# A place's own name before the city it is in ("di Ecovention Ancol, Jakarta", "di Desa Sungai
# Pua, Kabupaten Agam"): up to four capitalised words, then a comma.
_NAME_THEN_COMMA = re.compile(r"(?:[A-Z][\w'’&.-]*[^\S\n]+){0,3}[A-Z][\w'’&.-]*,[^\S\n]*")
_CAPITAL_CODE = "31"  # DKI Jakarta
_PROVINCE_WORDS = re.compile(r"[A-Z][\w]*(?:[^\S\n]+[A-Z][\w]*){0,2}")


def named_place(text: str, pos: int, province: str | None, max_chars: int
                ) -> tuple[RegionMention | None, tuple[int, int, tuple[str, str]] | None]:
    """Where "digelar di ..." at pos is, when no region opens it: a region or province right
    after a place's own name and a comma ("di Ecovention Ancol, Jakarta"), else the capital
    opening it ("di Jakarta": the one province that is a city). Another province opening it
    ("sosialisasi ... di Kalimantan Tengah") says where the topic is, not the venue."""
    named = _NAME_THEN_COMMA.match(text, pos)
    if named is not None:
        at = named.end()
        stop = min(len(text), at + max_chars)
        mention = next(region_mentions(text, province, at, stop), None)
        if mention is not None and mention.start == at:
            return mention, None
        if (found := _province_opening(text, at)) is not None:
            return None, found
    found = _province_opening(text, pos)
    return None, (found if found is not None and found[2][0] == _CAPITAL_CODE else None)


def _province_opening(text: str, at: int) -> tuple[int, int, tuple[str, str]] | None:
    """The province whose name opens text at ``at``; not one named as its city is
    ("Gorontalo": the region scan's to read)."""
    words = _PROVINCE_WORDS.match(text, at)
    phrase = words.group().split() if words else []
    for size in range(len(phrase), 0, -1):
        name = " ".join(phrase[:size])
        found = province_name(name)
        if found is not None and resolve_region(name) is None:
            return at, at + len(name), found
    return None
