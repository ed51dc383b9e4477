"""When an article was published, from everything its page offers, in order of trust.

``published_source`` records where the value came from:

* ``jsonld`` / ``meta``: structured metadata (JSON-LD ``datePublished``, ``article:published_time``
  and kin). Metadata whose offset is not the outlet's zone is compared with the visible date: a
  site that states Jakarta wall-clock time under another offset ("09:54-07:00" for 09:54 WIB)
  is read in the outlet's zone when the visible date agrees with that wall clock.
* ``byline``: the date printed on the page: the outlet's byline selector, then the date line
  nearest the headline (after it, else just before it: sidebars print other articles' bylines
  earlier in page order), then an element whose class says date or byline. Month-first dates of
  blog templates ("Sabtu, Maret 30, 2024") count. A printed date two days or more off the
  URL's date belongs to another article and is skipped.
* ``feed``: the timestamp the outlet's feed gave for this link.
* ``url``: the day in the URL path (``/2024/09/11/``, ``/07/11/2024/``).
* ``htmldate``: the day htmldate (fast mode) reads from the markup, when nothing above did.

``url`` and ``htmldate`` have day precision only: ``published_at`` is then local midnight of
that day and ``published_raw`` the day as found, so a consumer that needs the time knows it has
none. A metadata value whose offset was corrected keeps source ``meta`` and its raw string (the
raw offset then differs from ``published_at``'s reading, which says what was corrected).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import datetime, time, timedelta
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from lxml import etree
from lxml import html as lxml_html

from transforms.extract.context import ExtractContext
from transforms.extract.dates import (
    ParsedDate,
    find_date_text,
    parse_published,
    plausible,
    url_date,
)
from transforms.extract.metadata import PageMetadata
from transforms.extract.page_fields import block_text
from transforms.page_links import related_headline

META_KEYS = ("article:published_time", "og:article:published_time", "datepublished",
             "pubdate", "publishdate", "dc.date.issued")
# Elements whose class or id says date or byline, outside related-article lists and widgets,
# in document order; dateish_nodes walks the tree for the same elements, lazily (a test
# checks they agree on every fixture page).
DATEISH_XPATH = ("//*[contains(@class, 'tanggal') or contains(@class, 'date') or "
                 "contains(@class, 'time') or contains(@class, 'byline') or "
                 "contains(@class, 'meta') or contains(@class, 'info') or contains(@id, 'date')]"
                 "[not(ancestor::*[contains(@class, 'related') or contains(@class, 'terkait') or "
                 "contains(@class, 'widget')])]")
_DATEISH_CLASSES = ("tanggal", "date", "time", "byline", "meta", "info")
_ASIDE_CLASSES = ("related", "terkait", "widget")
_BYLINE_MAX_CHARS = 200  # a longer line is a paragraph, not a byline
_DATE_ONLY_EXTRA = 12  # beside a date alone on its line: a bullet and a weekday ("- Minggu, ")
_AFTER_TITLE_LINES = 8
_BEFORE_TITLE_LINES = 3
_CONTAINER_LEVELS = 4  # how far up from the <h1> a byline's container may be
_CONTAINER_MAX_CHARS = 6000  # past this the container is the page, not the article's header
_ISO_WALL_CLOCK = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)")


def dateish_nodes(tree: lxml_html.HtmlElement) -> Iterator[lxml_html.HtmlElement]:
    """The elements DATEISH_XPATH selects, lazily: the first date found ends the walk (the
    XPath's seven string tests per element cost ~0.3 ms on a page that gets here)."""
    for node in tree.getroottree().getroot().iter(etree.Element):
        classes = node.get("class")
        if (classes is not None and any(word in classes for word in _DATEISH_CLASSES)) or \
                "date" in (node.get("id") or ""):
            if not any(any(word in (above.get("class") or "") for word in _ASIDE_CLASSES)
                       for above in node.iterancestors()):
                yield node


def byline_guess(tree: lxml_html.HtmlElement) -> str | None:
    """First date-shaped text in an element whose class or id says date/byline."""
    for node in dateish_nodes(tree):
        text = " ".join(node.text_content().split())
        if 6 <= len(text) <= _BYLINE_MAX_CHARS and find_date_text(text):
            return text
    return None


# A date the line says is to come ("pada 27 November 2024 mendatang") is a sentence's, never
# the page's publication stamp.
_FUTURE_AFTER = re.compile(r"\W*(?:mendatang|nanti|yang\s+akan\s+datang)(?!\w)", re.IGNORECASE)


# A sentence of the body (a short lead paragraph, a caption, a quote with its "ujarnya, Senin
# (5/8)") is no byline: bylines are names, labels and the stamp ("Oleh MC Kota Padang, Selasa,
# 8 Oktober 2024 | 09:40 WIB - Redaktur: Ani"), with few lower-case words and no full stop.
_SENTENCE_WORDS = 6  # lower-case words of a sentence, however it ends
_CLOSED_SENTENCE_WORDS = 3  # ... of one that ends like a sentence
_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019')]*$")


def _sentence(line: str) -> bool:
    lower = sum(1 for word in line.split() if word[:1].islower())
    return lower >= _SENTENCE_WORDS or (
        lower >= _CLOSED_SENTENCE_WORDS and _SENTENCE_END.search(line) is not None)


def _dated(line: str) -> bool:
    if len(line) > _BYLINE_MAX_CHARS or _sentence(line):
        return False  # a paragraph
    found = find_date_text(line)
    if found is None or _FUTURE_AFTER.match(line, found.end()) is not None:
        return False
    # a link to another article ("Baca juga: ..., Senin (2/9)", "- Bawaslu Temukan ...,
    # Senin (2/9)"); a bulleted line that is only the date ("- Minggu, 22 September 2024",
    # the byline's list of writer, date and views) is none
    return not related_headline(line) or len(line) - len(found.group()) <= _DATE_ONLY_EXTRA



def _is_headline(line: str, title: str) -> bool:
    """The headline line: the title, or the title without a label ("Foto : ...") or suffix."""
    if line == title:
        return True
    return len(line) >= 20 and (title.endswith(line) or title.startswith(line))


def near_headline(tree: lxml_html.HtmlElement, title: str) -> str | None:
    """The printed date line nearest the page's <h1> headline, read in the largest container
    around it that is still the article's header and body, not the page (a teaser list
    elsewhere on the page may repeat the title)."""
    folded = title.casefold()
    for heading in tree.iter("h1"):
        if not _is_headline(" ".join(heading.text_content().split()).casefold(), folded):
            continue
        container = None
        node = heading.getparent()
        for _ in range(_CONTAINER_LEVELS):
            if node is None or node.tag == "body" or \
                    len(node.text_content()) > _CONTAINER_MAX_CHARS:
                break
            container, node = node, node.getparent()
        if container is not None and (line := near_title(block_text(container), title)):
            return line
    return None


def near_title(page_text: str, title: str) -> str | None:
    """The printed date line nearest the headline in ``page_text`` (lines): the first dated
    line after it (before the body's first paragraph), else the nearest one just above it."""
    if not title:
        return None
    folded = title.casefold()
    lines = page_text.splitlines()
    anchor = next((i for i, line in enumerate(lines) if _is_headline(line.casefold(), folded)),
                  None)
    if anchor is None:
        return None
    for line in lines[anchor + 1:anchor + 1 + _AFTER_TITLE_LINES]:
        if len(line) > _BYLINE_MAX_CHARS:
            break  # the body has started
        if _dated(line):
            return line
    for line in reversed(lines[max(0, anchor - _BEFORE_TITLE_LINES):anchor]):
        if _dated(line):
            return line
    return None


def _wall_clock(raw: str) -> datetime | None:
    """The local time an ISO string states, its offset ignored."""
    match = _ISO_WALL_CLOCK.match(raw.strip())
    if not match:
        return None
    try:
        return datetime.fromisoformat(f"{match.group(1)}T{match.group(2)}")
    except ValueError:
        return None


def _foreign_offset(raw: str, value: ParsedDate, tz: str) -> bool:
    """Whether metadata states an offset other than the outlet zone's at that moment."""
    if value.method != "iso" or _wall_clock(raw) is None:
        return False
    local = value.value.astimezone(ZoneInfo(tz))
    stated = datetime.fromisoformat(raw.strip().replace("Z", "+00:00").replace(" ", "T", 1))
    return stated.tzinfo is not None and stated.utcoffset() != local.utcoffset()


def _zone_fixed(raw: str, value: ParsedDate, visible: ParsedDate | None, tz: str
                ) -> tuple[ParsedDate, str] | None:
    """The visible reading when metadata shows the same wall clock under a wrong offset."""
    wall = _wall_clock(raw)
    if visible is None or wall is None:
        return None
    shown = visible.value.astimezone(ZoneInfo(tz)).replace(tzinfo=None)
    if visible.has_time:
        agrees = shown.replace(second=0) == wall.replace(second=0)
    else:  # a date-only byline: the days must say which reading is right
        agrees = shown.date() == wall.date() != value.value.astimezone(ZoneInfo(tz)).date()
    if not agrees:
        return None
    fixed = wall.replace(tzinfo=ZoneInfo(tz)).astimezone(value.value.tzinfo)
    return ParsedDate(fixed, value.raw, "iso", True), "meta"


def _url_day(url: str, tz: str) -> ParsedDate | None:
    found = url_date(urlsplit(url).path)
    if found is None:
        return None
    day, raw = found
    midnight = datetime.combine(day, time(0), tzinfo=ZoneInfo(tz))
    return ParsedDate(midnight.astimezone(ZoneInfo("UTC")), raw, "url", False)


def published(meta: PageMetadata, tree: lxml_html.HtmlElement, page_text: str, title: str,
              url: str, ctx: ExtractContext, selector_text: Callable[[], str | None]
              ) -> tuple[ParsedDate | None, str | None]:
    """The publication time and its source; (None, None) when the page offers none."""
    tz, now = ctx.timezone, ctx.fetched_at

    def read(raw: object) -> ParsedDate | None:
        if not isinstance(raw, str) or not raw.strip():
            return None
        parsed = parse_published(raw, tz, now=now)
        return parsed if parsed and plausible(parsed.value, now) else None

    visible_cache: list[ParsedDate | None] = []

    def visible() -> ParsedDate | None:  # the printed date near the headline, read once
        if not visible_cache:
            line = near_headline(tree, title) or near_title(page_text, title)
            visible_cache.append(read(line))
        return visible_cache[0]

    structured = [("jsonld", meta.jsonld.get("datePublished"))]
    structured += [("meta", meta.meta.get(key)) for key in META_KEYS]
    for source, raw in structured:
        value = read(raw)
        if value is None:
            continue
        if _foreign_offset(str(raw), value, tz):
            fixed = _zone_fixed(str(raw), value, visible(), tz)
            if fixed is not None:
                return fixed
        return value, source

    from_url = _url_day(url, tz)
    for reader in (selector_text, visible, lambda: byline_guess(tree)):
        got = reader()
        value = got if isinstance(got, ParsedDate) or got is None else read(got)
        if value is None:
            continue
        if from_url is not None and abs(value.value - from_url.value) > timedelta(days=2):
            continue  # another article's date (a sidebar's), not this one's
        return value, "byline"
    feed = read(ctx.feed_published)
    if feed is not None:
        return feed, "feed"
    if from_url is not None and plausible(from_url.value, now):
        return from_url, "url"
    found = htmldate_day(tree, tz, now) if has_date_markup(meta, tree) else None
    return (found, "htmldate") if found is not None else (None, None)


_DATE_MARKUP = etree.XPath("boolean(//time | //abbr[@title] | //*[@itemprop][contains("
                           "translate(@itemprop, 'D', 'd'), 'date')])")


def has_date_markup(meta: PageMetadata, tree: lxml_html.HtmlElement) -> bool:
    """Whether the page has markup htmldate reads and the rules above do not: date meta under
    other names, <time>, <abbr title>, schema.org date properties. Without any, htmldate
    only guesses from image paths and loose text (and costs ~6 ms on such a page)."""
    if any("date" in key or "time" in key for key in meta.meta):
        return True
    return bool(_DATE_MARKUP(tree))


def htmldate_day(tree: lxml_html.HtmlElement, tz: str, now: datetime | None) -> ParsedDate | None:
    """htmldate's reading of the markup, the last resort: day precision, local midnight.

    It reads what the rules above do not: <time datetime>, <abbr title>, date-bearing
    attributes and ids, idiosyncratic markup. Its fast mode only: the extensive search turns a
    year in the body ("Pilkada 2024") into 1 January, a date no page printed. Measured on the
    real pages stripped of their metadata (with and without their URL), the rules above found
    36/38 days (the two misses: a page rejected for its short body), htmldate's fast mode
    34/38, so it only runs when everything above came back empty and the page has markup it
    reads (``has_date_markup``)."""
    from htmldate import find_date  # imported lazily: rarely needed

    latest = (now or datetime(2100, 1, 1, tzinfo=ZoneInfo("UTC"))) + timedelta(days=1)
    try:
        found = find_date(tree, extensive_search=False, original_date=True,
                          outputformat="%Y-%m-%d", max_date=latest.date().isoformat())
    except Exception:  # htmldate on hostile markup: no date, not a crash
        return None
    if not found:
        return None
    day = datetime.fromisoformat(found).replace(tzinfo=ZoneInfo(tz))
    value = ParsedDate(day.astimezone(ZoneInfo("UTC")), found, "htmldate", False)
    return value if plausible(value.value, now) else None
