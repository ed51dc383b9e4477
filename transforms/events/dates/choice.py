"""Choose the event date of an article among the dates its body mentions.

Part of the event-date reader (transforms/events/dates/find.py finds the mentions). Dates that are
no occasion's (the election calendar, documents, earlier occasions recalled, a web page's
access date, a breach's scene; ``transforms.events.dates.occasion``) are never chosen.

An article that leads with a statement and gives no date in that first paragraph reports a
statement made at no stated time: a later date is its date only when its sentence ties back
to it (the statement's verb, "Hal itu ...", "Kegiatan tersebut ...", "berlangsung") or reports
a gathering held or named ("Bawaslu menggelar sosialisasi ...", "membuka rapat koordinasi ...")
that it does not add as another ("juga", "Sementara itu"); the other dates are of other
occasions, and the event date stays unknown.

Among the rest, page furniture (a byline line, "14 Oktober 2024 | 17:55 WIB", a short line
opening with a date and its time, a "Baca juga" line, the list of other articles under "Berita
Terkait"), the end of a span of time (a deadline "paling lambat ...", "hingga Rabu (9/10)", a
range's last day) and announced dates count only when nothing else is left. Then:

* when the first date (in text order) is a weekday alone in the lead or in a statement
  ("..., kata Ani di Padang, Selasa."), that is the occasion's day: a fuller date of the same
  day completes it (not one told as gone by, "22 Juli lalu"), a date of another day is
  another occasion and is not taken;
* else explicit dates before weekdays before relative words, the latest explicit date (an
  article reports its occasion and recalls earlier ones), else the first in the text.

A weekday alone that could not be resolved (no publication date) competes like a resolved
one, and a week or a month without a day ("pekan lalu", "dua minggu lalu") like a relative word:
when one of them wins, the event date is unknown and its raw words are kept.
"""

from __future__ import annotations

import re
from datetime import date

from transforms.events.dates.calendar import is_voting_day
from transforms.events.dates.cues import PLAN_LOOKBACK, held_there, planned, to_hold
from transforms.events.dates.furniture import (
    dateline_stamp,
    deadline,
    furniture,
    publication_stamp,
    tally_cut_off,
)
from transforms.events.dates.lead import lead_span
from transforms.events.dates.occasion import GATHERING, STATEMENT, occasion_date, step_span
from transforms.events.dates.reading import weekday_index
from transforms.events.dates.replies import reply_date
from transforms.events.dates.results import NO_PUBLICATION, VAGUE, EventDate, Rejected
from transforms.events.dates.sentence import whole_sentence
from transforms.events.dates.shapes import (
    EXPLICIT,
    METHOD_TIER,
    RELATIVE_TIER,
    WEEKDAY_NOISE,
    WEEKDAY_TIER,
)
from transforms.events.elections import latest_election_year
from transforms.page_links import tail_start
from transforms.places.held import told_separately

__all__ = ["WEEKDAY_WORD", "choose_event_date", "misprinted", "same_weekday"]

WEEKDAY_WORD = re.compile(
    rf"(?:senin|selasa|rabu|kamis|jum[{WEEKDAY_NOISE}]?a?at|sabtu|minggu|ahad)(?!\w)",
    re.IGNORECASE)
# What ties a later sentence to the lead's occasion: its statement, a reference back to it
# ("Hal itu ...", "Kegiatan tersebut ...", "Sikap itu dibacakan ...", "Untuk itu, Bawaslu
# menggelar ..."), or the occasion held ("berlangsung di ...").
_TIED = re.compile(
    STATEMENT.pattern
    + r"|(?<!\w)(?:(?:hal|kegiatan|acara|pernyataan|imbauan|himbauan|arahan|penegasan|sikap"
    r"|komitmen|ikrar|deklarasi|janji|tekad|pesan|ajakan|peringatan|instruksi|seruan|langkah"
    r"|upaya)\s+(?:ini|itu|tersebut)|(?:untuk|oleh\s+karena|karena)\s+itu|digelar|berlangsung|dilaksanakan|diselenggarakan|diadakan"
    # "Demikian penegasan/dikatakan/disampaikan X ...": the closing formula that ties back
    r"|demikian"
    r"|dilangsungkan|bertempat"
    # the speaker met or reached ("Menurut Eka, Senin (7/10), ...", "Ditemui di ruang kerjanya")
    r"|menurut(?:nya)?|(?:ber)?bicara|membenarkan|ditemui|dikonfirmasi|dihubungi|diwawancarai"
    r"|wawancara"  # "Berikut wawancara ... bersama Ketua Bawaslu ..., Senin (30/9)"
    r"|kepada\s+(?:wartawan|awak\s+media|media|pers|jurnalis|reporter|redaksi|koran\s+ini)"
    r"|keterangan\s+(?:tertulis|pers|resmi)"
    r"|melalui\s+(?:sambungan\s+telepon|telepon|pesan\s+singkat|pesan\s+whatsapp|whatsapp)"
    r"|(?:siaran|konferensi|jumpa|rilis)\s+pers)(?!\w)",
    re.IGNORECASE,
)

# A gathering held or named where the lead's statement gives no date is where it was made
# ("Bawaslu menggelar sosialisasi ... pada Senin", "membuka rapat koordinasi ..., Senin"; not an
# opening alone: "membuka kanal pengaduan"),
# unless the sentence adds it as another ("pemkab juga menggelar ...", "Selain itu, ...",
# "Sementara itu, ...", "Di tempat terpisah, ...").
_HOLDING = re.compile(r"(?<!\w)(?:menggelar|melaksanakan|menyelenggarakan|mengadakan"
                      r"|melangsungkan|acara)(?!\w)", re.IGNORECASE)
_ANOTHER = re.compile(r"(?<!\w)(?:juga|pula|selain\s+itu|sebelumnya|sementara\s+itu|terpisah"
                      r"|di\s+sisi\s+lain)(?!\w)",
                      re.IGNORECASE)


def choose_event_date(text: str,
                      mentions: list[EventDate | Rejected]) -> EventDate | Rejected | None:
    """The event date among the mentions ``find_event_dates`` found in ``text``: an
    EventDate, a weekday alone left unresolved (Rejected with ``NO_PUBLICATION``), or None.

    An article that leads with a statement it gives no date for takes only a date tied back
    to it (see :func:`_tied`)."""
    pool = _tied(text, mentions) if _undated_statement(text, mentions) else mentions
    chosen = _choose(text, pool)
    if isinstance(chosen, Rejected) and chosen.reason == NO_PUBLICATION:
        return _dated_elsewhere(text, chosen, mentions) or _filed_that_day(
            text, chosen, mentions) or chosen
    return chosen


def _filed_that_day(text: str, weekday: Rejected,
                    mentions: list[EventDate | Rejected]) -> EventDate | None:
    """The dateline's filing day ("TERNATE, 3/4 (Kantor Berita) - ... kata dia, Selasa.")
    when it falls on the weekday the statement names: a wire report files the day it is
    told, so that is the weekday's date (its year the text's, as for any day and month)."""
    word = WEEKDAY_WORD.match(weekday.raw)
    day = weekday_index(word.group()) if word else None
    return next((f for f in mentions if isinstance(f, EventDate) and f.span is not None
                 and f.value.weekday() == day and dateline_stamp(text, *f.span)), None)


def same_weekday(weekday: Rejected, found: EventDate) -> bool:
    """Whether an explicit date (``found``, its weekday written) falls on the day a weekday
    alone names."""
    word = WEEKDAY_WORD.match(weekday.raw)
    written = WEEKDAY_WORD.match(found.raw)
    return word is not None and written is not None and \
        found.value.weekday() == weekday_index(word.group()) and not found.weekday_mismatch


def _dated_elsewhere(text: str, weekday: Rejected,
                     mentions: list[EventDate | Rejected]) -> EventDate | None:
    """The one date the text writes in full for the day a weekday alone names ("..., kata
    Ani, Selasa." and, in a caption or a later paragraph, "Selasa (4/7/2023)"): a report
    names the weekday of its own week, so the same weekday written with its date is that
    day; not the end of a span ("hingga 10 Februari 2024") nor page furniture. Two different
    dates of that weekday leave it unknown."""
    word = WEEKDAY_WORD.match(weekday.raw)
    if word is None:
        return None
    day = weekday_index(word.group())
    latest, tail = latest_election_year(text), tail_start(text)
    coming = _coming(text, mentions)
    same = [f for f in mentions
            if isinstance(f, EventDate) and _tier(f) == EXPLICIT and f.value.weekday() == day
            and f.value.year >= latest - 1  # not a date of an earlier election
            and f.value not in coming and f.span is not None and occasion_date(text, f)
            and f.span[0] < tail and not deadline(text, f.span[0])
            and not furniture(text, *f.span) and not f.raw.lower().endswith(_TOLD_PAST)]
    return same[0] if same and all(f.value == same[0].value for f in same) else None


_TOLD_PAST = ("lalu", "silam")  # a date told as gone by ("22 Juli lalu"): not the week's own


def _choose(text: str,
            mentions: list[EventDate | Rejected]) -> EventDate | Rejected | None:
    """The event date among mentions (the module notes).

    When the first date the article gives for an occasion is a weekday alone ("..., kata Ani
    di Padang, Selasa."), that is the occasion's day: a fuller date of the same day further
    on ("Selasa (10/9)") completes it, a date of another day is another occasion mentioned in
    passing and is not taken (the event date then stays unknown, its raw word kept)."""
    best: tuple[tuple[int, bool, bool, int, bool, bool, int], EventDate | Rejected] | None = None
    tail = tail_start(text)
    pool: list[tuple[tuple[int, bool, int], EventDate | Rejected]] = []
    # a day announced (a future word just before it) is to come wherever it is repeated
    coming = {f.value for f in mentions if isinstance(f, EventDate) and f.announced}
    coming |= _planned_after(text, mentions)
    for found in mentions:
        if found.span is None or not _candidate(found) or not occasion_date(text, found) \
                or misprinted(found, mentions, text) or _year_slip(text, found, mentions) \
                or (step_span(text, found) and not _opened_that_day(found, mentions)):
            continue
        start, end = found.span
        if start >= tail:
            continue  # another article's, below the story: no day of this one's occasion
        tier = _tier(found)
        announced = isinstance(found, EventDate) and (
            found.announced or found.value in coming or _ahead(found))
        latest = -found.value.toordinal() if isinstance(found, EventDate) and \
            tier == EXPLICIT else start
        span_end = deadline(text, start)
        if span_end and (tally_cut_off(text, end) or (
                isinstance(found, EventDate) and is_voting_day(found.value))):
            continue  # a tally's cut-off, a term up to voting day: no occasion's date
        printed = 1 if span_end else furniture(text, start, end)
        pool.append(((printed, announced, start), found))
        # a reported person's reply to the case only when nothing else is dated; a date in a
        # paragraph opened with "Terpisah" (another occasion) only when no other is left
        key = (printed, told_separately(text, start), reply_date(text, found), tier, announced,
               not held_there(found), latest)
        if best is None or key < best[0]:
            best = (key, found)
    if best is None or best[0][0] and publication_stamp(text, *best[1].span):
        return None  # only the page's publication time is left: the text gives no day
    lead = min(pool, key=lambda p: p[0])[1]
    if _tier(lead) != WEEKDAY_TIER or lead is best[1] or not _leads(text, lead) or (
            held_there(best[1]) and not held_there(lead)):
        return best[1]  # (a statement tied back to its gathering: that day, not the weekday's)
    latest = latest_election_year(text) - 1  # not a date of an earlier election
    found = [f for _, f in pool]
    return _same_day(lead, [f for f in found if not (
        isinstance(f, EventDate) and f.value.year < latest)], _coming(text, found)) or lead


def _ahead(found: EventDate) -> bool:
    """A date after the page's own day (read so only within the zones' tolerance): a report
    tells of what has happened, so a day still ahead of the page is another occasion's, told
    in passing ("pada peringatan Jumat (4/10), bupati tidak hadir" on a page of 3/10),
    and counts like an announced one: only when nothing else is left."""
    return found.days_before is not None and found.days_before < 0


def misprinted(found: EventDate | Rejected, mentions: list[EventDate | Rejected],
               text: str) -> bool:
    """A date whose written weekday misfits it, beside one of the same written weekday that
    fits less than a week away ("Jumat, 22 Juni 2024", "Jumat 21 Juni 2024") or on the same
    day and month of another year while the misfit's year stands nowhere else in ``text``
    ("Selasa (13/6/2033)" and "Selasa (13/6/2023)"): the misprint."""
    if not (isinstance(found, EventDate) and found.weekday_mismatch):
        return False
    word = WEEKDAY_WORD.match(found.raw)
    if word is None:
        return False
    day = weekday_index(word.group())
    return any(isinstance(f, EventDate) and not f.weekday_mismatch and f.value.weekday() == day
               and WEEKDAY_WORD.match(f.raw) and (0 < abs((f.value - found.value).days) < 7
                                                  or (f.value.month, f.value.day)
                                                  == (found.value.month, found.value.day)
                                                  and text.count(str(found.value.year)) == 1)
               for f in mentions)


# How far apart (in days) two dates a year apart stand when they are nearly the same day.
_YEAR_APART = range(358, 374)


def _year_slip(text: str, found: EventDate | Rejected,
               mentions: list[EventDate | Rejected]) -> bool:
    """A date with no fitting weekday of its own a year off a date of nearly the same day in
    its paragraph whose written weekday fits ("Padang, 9 Oktober 2025." above "pada Rabu
    (8/10/2024)", a Wednesday): the year is the misprint, the other the occasion's day."""
    if not isinstance(found, EventDate) or found.span is None or (
            WEEKDAY_WORD.match(found.raw) and not found.weekday_mismatch):
        return False
    start, end = found.span
    line = (text.rfind("\n", 0, start) + 1, text.find("\n", end) % (len(text) + 1))
    return any(isinstance(f, EventDate) and not f.weekday_mismatch and f.span is not None
               and line[0] <= f.span[0] < line[1] and WEEKDAY_WORD.match(f.raw)
               and abs(f.value.toordinal() - found.value.toordinal()) in _YEAR_APART
               for f in mentions)


def _opened_that_day(found: EventDate | Rejected, mentions: list[EventDate | Rejected]) -> bool:
    """Whether a weekday alone in a step's sentence names the step's first day ("kini sudah
    masuk masa X, 3-5 Mei," kata Ani, Senin.): the saying is dated by the step's opening."""
    if not isinstance(found, EventDate):
        return False
    for other in mentions:
        word = WEEKDAY_WORD.match(other.raw) if isinstance(other, Rejected) else None
        if word and other.reason == NO_PUBLICATION and other.sentence == found.sentence \
                and weekday_index(word.group()) == found.value.weekday():
            return True
    return False


def _undated_statement(text: str, mentions: list[EventDate | Rejected]) -> bool:
    """Whether the article leads with a statement it gives no date for: its first paragraph
    reports what someone said or urged and none of the dates that may be an occasion's stand
    in it (a statement made at no stated time has no event date)."""
    lead = lead_span(text)
    if lead is None or not STATEMENT.search(text, lead[0], lead[1]):
        return False
    return not any(f.span is not None and f.span[0] < lead[1] and _candidate(f)
                   and occasion_date(text, f) for f in mentions)


def _tied(text: str, mentions: list[EventDate | Rejected]) -> list[EventDate | Rejected]:
    """The dates an undated lead statement may have: those given in a sentence that ties back
    to it ("..., ujarnya, Kamis (10/10)", "Hal itu disampaikan ...") or names the gathering
    the lead names ("... saat apel pagi" / "Apel dipimpin Sekda, Senin (5/8)"); the other
    dates belong to other occasions the article mentions."""
    lead = lead_span(text)
    gatherings = {m.group().lower() for m in GATHERING.finditer(text, *lead)} if lead else set()
    return [f for f in mentions if f.sentence and (
        _TIED.search(whole := whole_sentence(text, f)) or any(
            m.group().lower() in gatherings for m in GATHERING.finditer(f.sentence)) or (
            (_HOLDING.search(whole) or GATHERING.search(whole)) and not _ANOTHER.search(whole)))]


def _leads(text: str, found: EventDate | Rejected) -> bool:
    """Whether a weekday dates the article's lead: it stands in or before the lead paragraph,
    or in a sentence that reports a statement ("..., kata Ani di Padang, Selasa.")."""
    start = found.span[0] if found.span else 0
    lead = lead_span(text)
    if lead is None or start < lead[1]:
        return True
    return bool(found.sentence and STATEMENT.search(found.sentence))


def _tier(found: EventDate | Rejected) -> int:
    if isinstance(found, EventDate):
        return METHOD_TIER.get(found.method, EXPLICIT)
    return RELATIVE_TIER if found.reason == VAGUE else WEEKDAY_TIER


def _coming(text: str, mentions: list[EventDate | Rejected]) -> frozenset[date]:
    """The days the text tells are still to come: announced, or written in a sentence that
    states a plan ("ikrar akan dilakukan lagi pada upacara 15 April"); not a plan told in a
    quote the date closes ("... akan dikenai sanksi," ucapnya Senin (5/2/2018))."""
    return frozenset(f.value for f in mentions if isinstance(f, EventDate) and f.span and (
        f.announced or planned(_told_before(text, f.span[0]))))


_QUOTE_CLOSE = re.compile("[\"\u201d]")


def _told_before(text: str, start: int) -> str:
    """The sentence up to a date at ``start``, after any quote it closes (a plan is read there)."""
    return _QUOTE_CLOSE.split(text[max(0, start - PLAN_LOOKBACK):start])[-1]


def _planned_after(text: str, mentions: list[EventDate | Rejected]) -> set[date]:
    """With no publication time to tell what is ahead, a day a gathering is planned on ("akan
    menggelar deklarasi ... pada 14 November 2024") after a day written in full for another
    occasion ("Senin (11/11/2024)") is still to come."""
    plans = [f for f in mentions if isinstance(f, EventDate) and f.span and not f.announced
             and f.days_before is None and to_hold(_told_before(text, f.span[0]),
                                                    text[f.span[1]:])]
    done = [f.value for f in mentions if isinstance(f, EventDate) and f.span
            and _tier(f) == EXPLICIT and f not in plans]
    return {f.value for f in plans if done and min(done) < f.value}


def _same_day(lead: EventDate | Rejected, pool: list[EventDate | Rejected],
              coming: frozenset[date] = frozenset()) -> EventDate | None:
    """An explicit date of the day a weekday alone names, if any; not a day the text tells is
    to come (``coming``): the weekday in the lead is the reported occasion's, past."""
    if isinstance(lead, EventDate):
        day: int | None = lead.value.weekday()
    else:
        word = WEEKDAY_WORD.match(lead.raw)
        day = weekday_index(word.group()) if word else None
    for found in pool:
        if (isinstance(found, EventDate) and _tier(found) == EXPLICIT
                and found.value.weekday() == day and found.value not in coming
                and not found.raw.lower().endswith(_TOLD_PAST)  # "22 Juli lalu": before it
                and (not isinstance(lead, EventDate) or found.value == lead.value)):
            return found
    return None


def _candidate(found: EventDate | Rejected) -> bool:
    """An accepted date, a weekday alone left unresolved, or a week or month without a day
    ("pekan lalu"): the last two, when chosen, leave the event date unknown."""
    if isinstance(found, EventDate):
        return True
    return (found.reason == NO_PUBLICATION and found.raw[:1].isupper()) or found.reason == VAGUE
