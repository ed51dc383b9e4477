"""Normalise published-date strings from Indonesian news pages to aware UTC datetimes.

Fast paths cover the shapes news pages use (ISO 8601 from metadata, RFC 822 from feeds,
"Kamis, 26 September 2024 10:15 WIB" bylines); dateparser is the fallback. Pure: the
outlet's zone is a parameter and nothing reads the clock.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

MONTHS = {
    # Indonesian names with their older spellings ("Pebruari", "Nopember"), the common slip
    # "Febuari", every abbreviation in use ("Agt", "Agu", "Ags", "Agst", "Mrt", "Nop"), English
    "januari": 1, "jan": 1, "january": 1,
    "februari": 2, "feb": 2, "febr": 2, "pebruari": 2, "peb": 2, "pebr": 2, "february": 2,
    "febuari": 2,
    "maret": 3, "mar": 3, "mrt": 3, "march": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "jun": 6, "june": 6,
    "juli": 7, "jul": 7, "july": 7,
    "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "agst": 8, "agust": 8, "aug": 8, "august": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "oct": 10, "october": 10,
    "november": 11, "nov": 11, "nop": 11, "nopember": 11,
    "desember": 12, "des": 12, "dec": 12, "december": 12,
}
ZONES = {"wib": timezone(timedelta(hours=7)), "wita": timezone(timedelta(hours=8)),
         "wit": timezone(timedelta(hours=9))}

_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
WEEKDAY_RE = (r"(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad|monday|tuesday|wednesday|"
              r"thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)")
# A calendar date as pages print it, day first ("16 Jun 2015") or month first ("Maret 30, 2024")
DATE_RE = (rf"(?:\d{{1,2}}\s+(?:{_MONTH_RE})\.?\s+\d{{4}}|"
           rf"(?:{_MONTH_RE})\.?\s+\d{{1,2}},?\s+\d{{4}})")
# "Kamis, 26 September 2024 10:15 WIB", "14 Oktober 2024 | 17:55 WIB", "13 Juli 2024"
LONG_DATE = re.compile(
    rf"(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH_RE})\.?\s+(?P<year>\d{{4}})"
    r"(?:\s*(?:[|,-]|pukul|jam|at)?\s*(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?:[:.](?P<second>\d{2}))?)?"
    r"(?:\s*(?P<zone>WIB|WITA|WIT)\b)?",
    re.IGNORECASE,
)


# Month first, as Blogger templates print the post date: "Sabtu, Maret 30, 2024", "June 19, 2015"
MONTH_FIRST_DATE = re.compile(
    rf"\b(?P<month>{_MONTH_RE})\.?\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}})\b"
    r"(?:\s*(?:[|,-]|pukul|jam|at)?\s*(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?:[:.](?P<second>\d{2}))?"
    r"(?:\s*(?P<ampm>[AP]M)\b)?)?"
    r"(?:\s*(?P<zone>WIB|WITA|WIT)\b)?",
    re.IGNORECASE,
)


# All in digits, day first as Indonesian pages print it: "Jumat, 19/06/2015 11:58 WIB"
NUMERIC_DATE = re.compile(
    r"(?<![\d/.-])(?P<day>\d{1,2})([/.-])(?P<month>\d{1,2})\2(?P<year>(?:19|20)\d{2})(?![\d/.-])"
    r"(?:\s*(?:[|,-]|pukul|jam)?\s*(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?:[:.](?P<second>\d{2}))?)?"
    r"(?:\s*(?P<zone>WIB|WITA|WIT)\b)?",
    re.IGNORECASE,
)


def find_date_text(text: str) -> re.Match[str] | None:
    """The first printed calendar date in ``text``: day first, month first, then in digits."""
    return LONG_DATE.search(text) or MONTH_FIRST_DATE.search(text) or NUMERIC_DATE.search(text)


@dataclass(frozen=True)
class ParsedDate:
    value: datetime  # aware, UTC
    raw: str
    method: str  # "iso", "rfc822", "indonesian", "dateparser"
    has_time: bool


def _to_utc(value: datetime, tz: str) -> datetime:
    if value.tzinfo is None:
        value = value.replace(tzinfo=ZoneInfo(tz))
    return value.astimezone(UTC)


def _iso(raw: str) -> datetime | None:
    text = raw.strip()
    if not re.match(r"^\d{4}-\d{2}-\d{2}", text):
        return None
    try:
        return datetime.fromisoformat(text.replace(" ", "T", 1) if "T" not in text else text)
    except ValueError:
        return None


def _rfc822(raw: str) -> datetime | None:
    match = re.match(r"^\s*([A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+(\d{4})\s+\d", raw)
    if not match:
        return None
    try:
        value = parsedate_to_datetime(raw.strip())
    except (TypeError, ValueError, IndexError):
        return None
    return value if value.year == int(match.group(2)) else None  # email.utils: 0001 -> 2001


def _indonesian(raw: str) -> tuple[datetime, bool] | None:
    match = find_date_text(raw)
    if not match:
        return None
    parts = match.groupdict()
    has_time = parts["hour"] is not None
    hour = int(parts["hour"] or 0)
    if (parts.get("ampm") or "").upper() == "PM" and hour < 12:
        hour += 12
    elif (parts.get("ampm") or "").upper() == "AM" and hour == 12:
        hour = 0
    month = parts["month"]
    try:
        value = datetime(
            int(parts["year"]), int(month) if month.isdigit() else MONTHS[month.lower()],
            int(parts["day"]),
            hour, int(parts["minute"] or 0), int(parts["second"] or 0),
        )
    except ValueError:  # 31 September, hour 25 ...
        return None
    if parts["zone"]:
        value = value.replace(tzinfo=ZONES[parts["zone"].lower()])
    return value, has_time


@lru_cache(maxsize=4096)
def _dateparser(raw: str, tz: str, base: datetime | None) -> datetime | None:
    import dateparser  # imported lazily: ~0.3 s and only needed for odd shapes

    cleaned = re.sub(r"Jum'at", "Jumat", raw, flags=re.IGNORECASE)
    cleaned = re.sub(r"\b(pukul|sekitar|sekira|waktu setempat)\b|\|", " ", cleaned, flags=re.I)
    settings = {"TIMEZONE": tz, "RETURN_AS_TIMEZONE_AWARE": True, "DATE_ORDER": "DMY",
                "PREFER_DATES_FROM": "past"}
    if base is not None:
        settings["RELATIVE_BASE"] = base.astimezone(ZoneInfo(tz)).replace(tzinfo=None)
    return dateparser.parse(cleaned, languages=["id", "en"], settings=settings)


def parse_published(raw: str | None, tz: str, now: datetime | None = None) -> ParsedDate | None:
    """Parse a publication timestamp; ``tz`` (IANA) applies when the string has no zone.

    Relative strings ("2 jam lalu", "kemarin") need ``now`` (the fetch time); without it
    only strings that carry a full year are handed to dateparser, so the clock never leaks in.
    """
    if not raw or not raw.strip() or len(raw) > 200:
        return None
    raw = " ".join(raw.split())
    try:
        if (value := _iso(raw)) is not None:
            return ParsedDate(_to_utc(value, tz), raw, "iso", "T" in raw or ":" in raw)
        if (value := _rfc822(raw)) is not None:
            return ParsedDate(_to_utc(value, tz), raw, "rfc822", True)
        if (found := _indonesian(raw)) is not None:
            return ParsedDate(_to_utc(found[0], tz), raw, "indonesian", found[1])
    except OverflowError:  # year 1 or 9999 shifted out of the calendar by the zone: no date
        return None
    if now is None and not re.search(r"\b(19|20)\d{2}\b", raw):
        return None
    try:
        value = _dateparser(raw, tz, now)
    except Exception:  # dateparser raises assorted errors on odd input; a miss is a None
        return None
    if value is None:
        return None
    return ParsedDate(_to_utc(value, tz), raw, "dateparser", True)


def plausible(value: datetime, fetched_at: datetime | None) -> bool:
    """A published date is plausible when it is after 1990 and not after the fetch (+1 day)."""
    if value.year < 1990:
        return False
    return fetched_at is None or value <= fetched_at + timedelta(days=1)


# A date in a URL path: /2024/09/11/, /read/2023/11/02/, and day first /07/11/2024/.
_URL_YMD = re.compile(r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})(?=/|$)")
_URL_DMY = re.compile(r"/(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})(?=/|$)")


def url_date(path: str) -> tuple[date, str] | None:
    """The publication day a URL path carries, with the matched text; None when it has none.

    ``/07/11/2024/`` reads day first (Indonesian usage) unless only month first makes a date.
    """
    for pattern, order in ((_URL_YMD, "ymd"), (_URL_DMY, "dmy")):
        match = pattern.search(path)
        if not match:
            continue
        a, b, c = (int(g) for g in match.groups())
        if order == "ymd":
            candidates = [(a, b, c)]
        else:
            candidates = [(c, b, a), (c, a, b)]  # day first, then month first
        for year, month, day in candidates:
            try:
                return date(year, month, day), match.group().strip("/")
            except ValueError:
                continue
    return None
