"""The place an event's body names when no venue, day or office did: the dateline and the
regions named in the text, weighed against a province or national body leading the article.

Split from transforms/places/resolve.py (which documents the order: :func:`place_from` is its
last step).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import chain

from transforms.page_links import link_at
from transforms.places.dateline import Dateline, dateline_of, read_dateline
from transforms.places.districts import district_mentions
from transforms.places.foreign import foreign
from transforms.places.held import CASE_PLACES, CASES, WHO_AT, earlier
from transforms.places.lead_holder import lead_holder
from transforms.places.mentions import (
    RegionMention,
    former_holder,
    origin,
    region_mentions,
    tallied,
    unlisted,
)
from transforms.places.place import (
    SENTENCE_END,
    SENTENCE_MAX_CHARS,
    Place,
    place_at,
    sentence_around,
)
from transforms.places.province_level import (
    in_lead,
    lead_line,
    lead_national,
    lead_province,
    province_at,
    province_mention,
    seat_of_lead,
    text_province,
    title_names,
    title_speaker,
)
from transforms.places.regions import province_name
from transforms.places.said_at import another_day
from transforms.places.venues import Venue, phrase_end

__all__ = ["place_from"]


# A mention whose words say the region's kind ("Kabupaten Banjar", "Bupati Banjar", "Pemkot
# X") in the dateline's own sentence: between a city and a regency of one name it decides
# before a body's bare "Bawaslu Banjar"
_KINDED = re.compile(r"(?:Kabupaten|Kab\.?|Kota|Bupati|Wakil\s+Bupati|Wali\s*[Kk]ota|Pemkab"
                     r"|Pemkot|Pemko)[^\S\n]", re.IGNORECASE)


def _from_dateline(text: str, line: Dateline, venue: str | None,
                   mentions: list[RegionMention]) -> Place:
    if len(line.candidates) > 1:  # the province's seat, else one the body names (prefixed first;
        # not a former holder's post: "mantan Bupati X" says where he served; a kecamatan
        # named says its regency: "TANGERANG - ... Panwascam Kronjo" is the kabupaten's)
        # (read lazily, in that order: the kecamatan are scanned only when no prefixed region
        # decided)
        listed = unlisted(text, mentions)
        # (in the sentence the dateline opens: not a region recalled later, "Program serupa
        # sebelumnya digelar Bawaslu Kabupaten X")
        lead_end = phrase_end(text, SENTENCE_END, line.end, SENTENCE_MAX_CHARS) \
            if line.start >= 0 else 0
        ordered = chain((m for m in listed if m.prefixed and m.start < lead_end
                         and _KINDED.match(text, m.start)),
                        (m for m in listed if m.prefixed),
                        district_mentions(text, line.province[0] if line.province else None),
                        (m for m in listed if not m.prefixed))
        chosen = seat_of_lead(text, line.candidates) or next(
            (m.region for m in ordered
             if m.region in line.candidates and not former_holder(text, m)), line.region)
        line = replace(line, region=chosen, province=(chosen.province_code, chosen.province))
    if line.start < 0:
        return Place(line.region, venue, "dateline", line.raw, line.province)
    return place_at(text, line.region, venue, "dateline", line.start, line.end, line.province)


# A short line before the lead paragraph with no sentence in it: a site's banner or slogan
# ("Kota Lestari Kota Berseri"), a section's name, a repeated title. A region it opens with
# gives way to the first one the lead paragraph names with a prefix, if any.
_HEAD_LINE_CHARS = 60
_SENTENCE_CLOSE = frozenset(".!?\"\u201d")


def _head_line(text: str, pos: int) -> bool:
    """The line at ``pos`` opens with the region at ``pos``, is shorter than any paragraph
    and is closed by no sentence punctuation."""
    start = text.rfind("\n", 0, pos) + 1
    if text[start:pos].strip():
        return False
    end = text.find("\n", pos)
    line = text[start:end if end >= 0 else len(text)].rstrip()
    return len(line) < _HEAD_LINE_CHARS and line[-1:] not in _SENTENCE_CLOSE


_AT_PLACE = re.compile(r"(?<![\w-])[Dd]i[^\S\n]+$")
# "meneruskan rekomendasi kepada Bupati X", "dilimpahkan ke Bawaslu X", "mengingatkan kepada
# Bupati X": a head or body a case, a letter or an appeal is addressed to, not the one holding
# the occasion; but "menyerahkan pakta integritas kepada Bupati X" is his occasion, and
# "kunjungan ke Kabupaten X" names where it was.
_RECIPIENT = re.compile(r"(?<!\w)(?:ke|kepada)[^\S\n]+(?:(?:Pj|Pjs|Plt)\.?[^\S\n]+)?$",
                        re.IGNORECASE)
_KIND = re.compile(r"(?:kota|kabupaten|kab\.?|kotamadya)(?!\w)", re.IGNORECASE)
_HANDED = re.compile(r"(?<!\w)(?:(?:meny|dis)erahkan|penyerahan|(?:mem|di)berikan|pemberian"
                     r"|(?:meny|dis)ematkan|(?:men|di)anugerahkan)(?!\w)", re.IGNORECASE)
_HANDED_LOOKBACK = 120  # the hand-over verb stands this close before the one receiving


def _recipient(text: str, mention: RegionMention) -> bool:
    """The mention names a regency head or body something is addressed to."""
    if not _RECIPIENT.search(text, max(0, mention.start - 20), mention.start) or _KIND.match(
            text, mention.start):
        return False
    before = text[max(0, mention.start - _HANDED_LOOKBACK):mention.start]
    return not _HANDED.search(re.split(r"[.!?\n]", before)[-1])


def _led(text: str, spans: list[tuple[int, int]], mentions: list[RegionMention],
         located: RegionMention | None, many: bool, before: int, venue: str | None,
         title: str | None = None) -> Place | None:
    """A province or national body leading the article before ``before`` (the governor too
    when no regency is named in the lead: he also attends the regencies' occasions, but then
    the lead names the regency): the body's occasion, where it was said ("di Padang"), else
    no regency; a region named as where cases or people are is not where it was said."""
    lead = lead_province(text, spans, before, governor=not in_lead(text, spans, before))
    if lead is None:
        lead = lead_national(text, spans, before)
        subject = _national_subject(text, spans, mentions) if lead else None
        if subject is not None and located is None:
            return place_at(text, subject.region, venue, "body", subject.start, subject.end)
    speaker = title_speaker(title) if lead is None and not in_lead(text, spans, before) else None
    if lead is None and speaker is None:
        return None
    cases = {m.region for m in mentions if WHO_AT.search(text, max(0, m.start - 40), m.start)}
    if located is not None and located.region not in cases and not (
            many and CASES.search(sentence_around(text, located.start, located.end))):
        return place_at(text, located.region, venue, "body", located.start, located.end)
    if speaker is not None:  # "Bawaslu Jateng: ..." heading a story it leads in no line
        return Place(None, venue, "body", speaker[0], speaker[1])
    return place_at(text, None, venue, "body", lead[0], lead[1], lead[2])


def _national_subject(text: str, spans: list[tuple[int, int]],
                      mentions: list[RegionMention]) -> RegionMention | None:
    """The one regency a national body's lead sentence is about ("BKN menetapkan tiga lurah di
    Kota Cilegon terbukti ...", "KASN mengirimkan surat kepada Bawaslu Sukoharjo ..."): the
    story is that regency's; none when it names several (a national tally). A lead sentence
    naming none: the one regency the whole text names, again and again and by a body or kind
    at least once (its own officials told of the national body's decision), else none."""
    lead = lead_line(text, spans)
    if lead is None:
        return None
    end = SENTENCE_END.search(text, lead[0], lead[1])
    stop = end.end() if end else lead[1]
    named = [m for m in mentions if lead[0] <= m.start < stop and m.prefixed]
    if not named:
        named = [m for m in mentions if m.prefixed] if len(mentions) >= _SOLE_MENTIONS and all(
            m.region == mentions[0].region for m in mentions) else []
    return named[0] if named and all(m.region == named[0].region for m in named) else None


_SOLE_MENTIONS = 3  # a regency named this often, and no other, is the story's


def place_from(text: str, spans: list[tuple[int, int]], found: list[Venue],
                dateline: str | None, province: str | None,
                prefixed_first: bool, title: str | None = None,
                other_days: Sequence[tuple[int, int]] = ()) -> Place | None:
    """The dateline and the regions named in spans, in the order the callers document; a region
    written with another day than the occasion's (``other_days``: "di Kota X pada Sabtu (7/9)")
    is another occasion's, not where it was."""
    first_venue = found[0].name if found else None

    def scan() -> tuple[list[RegionMention], RegionMention | None]:
        mentions = [m for start, end in spans for m in region_mentions(text, province, start, end)
                    if not link_at(text, m.start) and not origin(text, m)]
        prefixed = (m for m in unlisted(text, mentions) if m.prefixed and not (
            WHO_AT.search(text, max(0, m.start - 40), m.start)
            or _recipient(text, m) or former_holder(text, m)
            or another_day(text, m.start, m.end, other_days)))
        first = next(prefixed, None)
        if first is not None and _head_line(text, first.start):  # a site's banner or slogan
            lead = lead_line(text, spans)
            first = next((m for m in prefixed if lead and lead[0] <= m.start < lead[1]
                          ), None) or first
        return mentions, first

    def body(mention: RegionMention) -> Place:
        return place_at(text, mention.region, first_venue, "body", mention.start, mention.end)

    mentions: list[RegionMention] | None = None
    if prefixed_first:
        mentions, prefixed = scan()
        if prefixed is not None:
            return body(prefixed)
    line = dateline_of(text, dateline, province, title)
    if line is not None and line.region is not None and _after_first_part(line) and foreign(
            text, line.region, province, line.start, line.end):
        line = None  # "X, METRO -": an outlet's name, a city of a province the text never names
    if line is not None and line.region is not None:
        holder = _holder(text, spans, line, province, [v.start for v in found])
        if holder is not None:  # "KOTA A - Bawaslu Kabupaten B mencatat ...": B's occasion
            return body(holder)
        if len(line.candidates) > 1:  # which the dateline means is the whole article's say
            return _from_dateline(text, line, first_venue, list(region_mentions(text, province)))
        return _from_dateline(text, line, first_venue, mentions or [])
    if mentions is None:  # scanning the body costs ~10 ms: only when the dateline did not do
        mentions, prefixed = scan()
    # "ujarnya di Padang": a city named as where something happens, before a province body
    located = next((m for m in unlisted(text, mentions)
                    if _AT_PLACE.search(text, max(0, m.start - 4), m.start)
                    and not WHO_AT.search(text, max(0, m.start - 40), m.start)
                    and not earlier(text, sentence_around(text, m.start, m.end))
                    and not another_day(text, m.start, m.end, other_days)), None)
    if line is not None and prefixed is not None and located is None and not in_lead(
            text, spans, prefixed.start) and not (line.start < 0 and title_names(
            title, prefixed.region, province)):
        return _from_dateline(text, line, first_venue, mentions)  # a city named in passing
    named_regions = {m.region for m in mentions if m.prefixed}
    # a led statement's tally names its regions bare too ("di Muba, Lahat dan Mura")
    many = len({m.region for m in mentions}) >= CASE_PLACES
    if len(named_regions) >= CASE_PLACES and located is None and prefixed and not in_lead(
            text, spans, prefixed.start):
        named = province_mention(text, spans)  # cases in many regencies: the province's
        if named is not None and all(r.province_code == named[2][0] for r in named_regions):
            return place_at(text, None, first_venue, "body", named[0], named[1], named[2])
    if prefixed is not None:
        return _led(text, spans, mentions, located, many, prefixed.start, first_venue,
                    title) or body(prefixed)
    if line is not None:  # "JAKARTA -": a province-level occasion unless the body names a city
        other = lead_province(text, spans, len(text)) if line.region is None else None
        if other is not None and other[2] != line.province:  # a desk's dateline over another
            return place_at(text, None, first_venue, "body", *other)  # province's body
        return _from_dateline(text, line, first_venue, mentions)
    if located is not None:
        return _led(text, spans, mentions, located, many, located.start, first_venue,
                    title) or body(located)
    named = province_mention(text, spans)
    if named is not None and _attendee(text, named[0]) and lead_national(text, spans, named[0]):
        named = None  # a governor attending a national body's meeting: not its province's
    national = lead_national(  # only people or cases named
        text, spans, mentions[0].start) if mentions and named is None else None
    subject = _national_subject(text, spans, mentions) if national else None
    if subject is not None:  # "BKN menetapkan tiga lurah di Kota X ...": that regency's story
        return body(subject)
    named = named or national
    if named is not None:
        return place_at(text, None, first_venue, "body", named[0], named[1], named[2])
    district = next((m for a, b in spans for m in district_mentions(
        text, province or text_province(text, mentions), a, b)), None)
    if district is not None:  # "Camat Kalasan", "di Kecamatan Mlati": the kecamatan's regency
        return body(district)
    if mentions:
        codes = {m.region.province_code for m in mentions}  # a tally by region first:
        if len(codes) == 1 and mentions[0] not in unlisted(text, mentions) and tallied(
                text, mentions):
            first = mentions[0]
            return place_at(text, None, first_venue, "body", first.start, first.end,
                            (first.region.province_code, first.region.province))
        return body(mentions[0])
    named = province_at(text, spans)  # "di Jatim": that province's occasion
    if named is not None:
        return place_at(text, None, first_venue, "body", named[0], named[1], named[2])
    if first_venue is not None:  # "Hotel X Bali": a venue named with its province only
        return Place(None, first_venue, "venue", first_venue, _closing_province(first_venue))
    return None


def _after_first_part(line: Dateline) -> bool:
    """A dateline in the text whose one region comes after a first part naming none ("JALAN
    X, METRO -"): the later part may be the outlet's name, which a city shares."""
    first = line.raw.split(",", 1)[0]
    return line.start >= 0 and len(line.candidates) == 1 and first != line.raw and \
        read_dateline(first) is None


def _holder(text: str, spans: list[tuple[int, int]], line: Dateline, province: str | None,
            venues: list[int]) -> RegionMention | None:
    """The regency whose body or head opens the lead under a dateline naming another city
    (lead_holder.py); ``venues`` are where the text's venues start."""
    if line.start >= 0:
        return lead_holder(text, line, line.end, province, venues)
    lead = lead_line(text, spans)
    return lead_holder(text, line, lead[0], province, venues) if lead is not None else None


# A word of attending before a province body in its sentence ("Rapat itu diikuti Pj Gubernur
# X", "Turut hadir Sekda Provinsi Y", "narasumber, Kepala BKD Provinsi Z"): one attendee of a
# gathering, not the body holding it ("apel Pemprov X yang diikuti ribuan ASN" holds it).
_ATTENDING = re.compile(r"(?<!\w)(?:hadir|dihadiri|menghadiri|diikuti|mengikuti|peserta"
                        r"|narasumber|pembicara|mewakili)(?!\w)", re.IGNORECASE)


def _attendee(text: str, start: int) -> bool:
    """The province body at ``start`` follows a word of attending in its sentence."""
    begin = max((m.end() for m in SENTENCE_END.finditer(text, max(0, start - 200), start)),
                default=max(0, start - 200))
    return _ATTENDING.search(text, begin, start) is not None


_CLOSING_WORDS = 3  # the longest province name in words ("Kepulauan Bangka Belitung")


def _closing_province(name: str) -> tuple[str, str] | None:
    """The province whose name closes a venue's name ("Hotel Kartika Bali"), or None."""
    words = name.split()
    return next((found for n in range(min(_CLOSING_WORDS, len(words) - 1), 0, -1)
                 if (found := province_name(" ".join(words[-n:]))) is not None), None)
