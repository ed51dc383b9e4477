"""What is never article text on Indonesian news pages, as XPath prunes and line rules.

Trafilatura removes most navigation; these rules catch what it keeps on these outlets
(an inline "Baca juga:" paragraph leaks through Trafilatura in every setting).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from lxml import etree
from lxml import html as lxml_html

from transforms.extract.dates import DATE_RE, WEEKDAY_RE

# Elements that are never article text: by class or id, then by tag.
_PRUNE_BY_ATTRIBUTE = (
    "contains(@class, 'baca-juga') or contains(@class, 'bacajuga')",
    "contains(@class, 'related') or contains(@class, 'terkait')",
    "contains(@class, 'share') or contains(@class, 'sharedaddy')",
    "@id='comments' or @id='respond' or contains(@class, 'comment-respond')",
)
# The rule as one XPath: its specification, which prune_targets implements (a test checks
# they agree on every fixture page).
PRUNE_XPATH = ("//*[@class or @id][" + " or ".join(f"({c})" for c in _PRUNE_BY_ATTRIBUTE)
               + "] | //figcaption | //ins[contains(@class, 'adsbygoogle')]")
# The same words and ids ('sharedaddy' contains 'share').
_PRUNE_CLASS_WORDS = ("baca-juga", "bacajuga", "related", "terkait", "share", "comment-respond")
_PRUNE_IDS = ("comments", "respond")
_ONE_CLASS = re.compile(r"(?P<tag>[a-z][a-z0-9]*)?\.(?P<name>[\w-]+)")
_ONE_ID = re.compile(r"#(?P<name>[\w-]+)")


def prune_targets(tree: lxml_html.HtmlElement,
                  also: Collection[lxml_html.HtmlElement] = ()) -> list[lxml_html.HtmlElement]:
    """The elements PRUNE_XPATH selects, and those in ``also`` (an outlet's removes), in
    document order. One walk in Python with the words of _PRUNE_CLASS_WORDS spelled out:
    ~0.29 ms on a bench page where the XPath took ~0.48 (libxml2 copies the class attribute
    for each of its string tests)."""
    extra = set(also)
    found = []
    for element in tree.iter(etree.Element):
        classes = element.get("class")
        if classes is not None and (
                "share" in classes or "related" in classes or "terkait" in classes
                or "baca-juga" in classes or "bacajuga" in classes
                or "comment-respond" in classes
                or "adsbygoogle" in classes and element.tag == "ins"):
            found.append(element)
        elif element.get("id") in _PRUNE_IDS or element.tag == "figcaption" or \
                extra and element in extra:
            found.append(element)
    return found


def prune_covers(css: str) -> bool:
    """Whether a CSS selector only picks elements the generic rules drop anyway ('.related',
    'span.baca-juga', 'ins.adsbygoogle', '#comments'), so its own scan can be skipped."""
    if (one := _ONE_ID.fullmatch(css)) is not None:
        return one.group("name") in _PRUNE_IDS
    if (one := _ONE_CLASS.fullmatch(css)) is None:
        return False
    name = one.group("name")
    return (any(word in name for word in _PRUNE_CLASS_WORDS)
            or one.group("tag") == "ins" and "adsbygoogle" in name)


# Blocks whose text starts like this are link lists or teasers, not the article.
_TEASER_PREFIXES = ("baca juga", "baca pula", "simak juga", "lihat juga")
# The prefixes by their second word: {"juga": ("baca", "simak", "lihat"), "pula": ("baca",)}.
_TEASER_WORDS = {second: tuple(p.split(" ")[0] for p in _TEASER_PREFIXES
                               if p.split(" ")[1] == second)
                 for second in dict.fromkeys(p.split(" ")[1] for p in _TEASER_PREFIXES)}
_TEASER_MAX_CHARS = 400  # never drop a container big enough to hold the article itself


def _prefix(element: lxml_html.HtmlElement, size: int = 24) -> str:
    """The first characters of an element's text, without reading all of it."""
    collected = ""
    for piece in element.itertext():
        collected += piece
        if len(collected.strip()) >= size:
            break
    return " ".join(collected.split()).casefold()


def says_teaser(text: str) -> bool:
    """Whether one of _TEASER_PREFIXES stands in ``text`` with its whitespace runs made single
    spaces, case-folded: a second word ("juga", found at C speed) with whitespace before it
    and a first word ending there. Case folding keeps whitespace and makes none, so this
    reads the folded text as it is (no normalised copy: ~0.05 ms less a page)."""
    low = text.casefold()
    for second, firsts in _TEASER_WORDS.items():
        at = low.find(second)
        while at >= 0:
            if at > 0 and low[at - 1].isspace():
                end = at - 1
                while end > 0 and low[end - 1].isspace():
                    end -= 1
                if low.endswith(firsts, 0, end):
                    return True
            at = low.find(second, at + 1)
    return False


def drop_teasers(tree: lxml_html.HtmlElement) -> int:
    """Remove "Baca juga: <headline>" paragraphs and small blocks; returns how many."""
    if not says_teaser(tree.text_content()):
        return 0  # the common case, found at C speed instead of element by element
    doomed = []
    for element in tree.iter("p", "div", "span", "li", "section"):
        if not _prefix(element).startswith(_TEASER_PREFIXES):
            continue
        if element.tag != "p" and len(element.text_content()) > _TEASER_MAX_CHARS:
            continue
        if element.tag == "p" and _keep_run_on(element):
            continue
        doomed.append(element)
        if element.tag == "p" and _TEASER_HEADING.match(element.text_content().strip()):
            doomed.extend(_listed_after(element))  # "Baca juga:" alone, its headlines below
    for element in doomed:
        if element.getparent() is not None:
            element.drop_tree()
    return len(doomed)


_QUOTE_OPENS = "\"“‘'«"


def _listed_after(heading: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    """The paragraphs right after a bare teaser heading that are headlines (``_teaser_like``:
    short, no full stop), up to the first that is not: the list the heading opens, as
    ``clean_text`` drops it from a text. A paragraph that opens a list of its own ("... sebagai
    berikut:") or a quote ("“Saya minta ...,” kata Rudi") is the story's, and ends the list."""
    listed = []
    for sibling in heading.itersiblings():
        line = sibling.text_content().strip()
        if (sibling.tag != "p" or not line or not _teaser_like(line) or line.endswith(":")
                or line[0] in _QUOTE_OPENS):
            break
        listed.append(sibling)
    return listed


# A teaser's headline the page ran into the next paragraph, which opens with a quote: "Baca juga:
# Ribuan guru ikrar netralitas “Sehingga, guru ...,” kata Menteri ...". The paragraph is kept
# from its quote on when that part is a paragraph's length.
_RUN_ON_QUOTE = re.compile(r"[\u201c\"](?=[A-Z])")
_QUOTE_CLOSED = re.compile(r"[\u201d\"][^\S\n]*,?[^\S\n]*\w")  # the quote closed, its speaker after
_RUN_ON_MIN_CHARS = 100
_RUN_ON_HEADLINE_MAX = 160


def _keep_run_on(element: lxml_html.HtmlElement) -> bool:
    """Cut a "Baca juga" paragraph to the quote it runs into (``_RUN_ON_QUOTE``); False when
    it is a teaser alone."""
    text = element.text_content()
    quote = _RUN_ON_QUOTE.search(text, 0, _RUN_ON_HEADLINE_MAX)
    if quote is None or len(text) - quote.start() < _RUN_ON_MIN_CHARS or not _QUOTE_CLOSED.search(
            text, quote.end()):
        return False
    for child in list(element):
        element.remove(child)
    element.text = text[quote.start():]
    return True


# Lines that are never body text (matched on the stripped, case-folded line): labels, bylines,
# share and rating prompts, next-page and social-embed teasers, view counters.
_DROP_LINE = re.compile(
    r"^(baca (juga|pula|selanjutnya|berikutnya)\b|simak (juga|selengkapnya)\b|headline\s*:?$|"
    r"editor\s*:|pewarta\s*:|penulis\s*:|redaktur\s*:|reporter\s*:|"
    r"tags?\s*:|sebarkan artikel ini|bagikan( ini| artikel ini)?\s*:?$|share\s*:|copyright ©|"
    r"dilarang keras mengambil konten|anda dapat menyiarkan ulang|"
    r"—?\s*dapatkan update berita|ingin mendapatkan update berita|"
    r"\(adsbygoogle|alamat email anda tidak akan|"
    r"lihat (postingan|kiriman) ini di instagram|view this post on instagram|"
    r"sebuah kiriman dibagikan oleh|a post shared by|"
    r"(rate|nilai|suka|sukai) artikel ini\b.{0,3}$|follow( us| kami)?$|ikuti kami\b.{0,40}$|"
    r"back to (the )?top$|kembali ke atas$|advertisement$|iklan$|loading\.*$|"
    r"scroll (to continue|untuk melanjutkan)\b|lihat juga\s*:|gambas\s*:|"
    r"(saksikan|tonton) (juga )?video\b.{0,60}$|video pilihan$|"
    r"artikel ini (telah )?(tayang|terbit) di\b|cek berita dan artikel\b|simak breaking news\b|"
    r"ikuti\b.{0,80}\b(google news|whatsapp|telegram|saluran)\b|"
    r"halaman (selanjutnya|berikutnya|sebelumnya)\s*:?$|selanjutnya\s*>*$|"
    r"halaman\s*:?\s*\d+(?:\s+\d+)*\s*$|"
    r"-?\s*(like|dislike|suka|tidak suka|credits?|comments?|komentar|shares?|tweet)\s*\(?\d*\)?$|"
    r"\d{1,7}\s*(kali|x dibaca|views?|shares?)$|\d{1,7}$)",
    re.IGNORECASE,
)
# Copyright notices and photo credits: "© 2015 Situs.com", "... (Nama Fotografer/situs.com)",
# "Foto: ANTARA/Nama". Only short lines: a paragraph is never dropped for one of these.
_NOTICE = re.compile(
    r"©|\ball rights reserved\b|\bhak cipta dilindungi|^(foto|ilustrasi|sumber foto)\s*:",
    re.IGNORECASE)
_NOTICE_HINTS = ("©", "reserved", "hak cipta", "foto", "ilustrasi")
_CREDIT = re.compile(r"\((?:foto\s*:\s*)?(?-i:[A-Z]{3,}(?:\s[A-Z]{3,})?|"
                     r"[A-Z][a-z]+(?:\s[A-Z][\w.]*){1,3})\s?/\s?[A-Za-z][\w. ]{1,40}\)$",
                     re.IGNORECASE)
_NOTICE_MAX_CHARS = 300
# A line that is only a date (the byline's, a teaser's), perhaps beside a category label.
_DATE_ONLY = re.compile(
    rf"^(?:[\w ]{{1,25}}\s*[|•·]\s*)?(?:{WEEKDAY_RE})?,?\s*{DATE_RE}"
    r"(?:\s*[,|-]?\s*(?:pukul\s*)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)?\s*(?:WIB|WITA|WIT)?$",
    re.IGNORECASE,
)
# A one-line byline: "Oleh MC Kota Padang, Selasa, 8 Oktober 2024 | 09:40 WIB - Redaktur: Ani - 96"
# (not "Oleh karena itu, ..." / "Oleh sebab ...", which open sentences)
_BYLINE_START = re.compile(r"(?:oleh|penulis|reporter|pewarta|by)\s*:?\s+(?!karena|sebab|itu\b)",
                           re.IGNORECASE)
_EDITOR_LABEL = re.compile(r"\b(?:redaktur|editor)\s*:", re.IGNORECASE)
_DATE_IN_LINE = re.compile(DATE_RE, re.IGNORECASE)
_CLOCK_OR_BAR = re.compile(r"\d{1,2}[:.]\d{2}|\|")
_BYLINE_MAX_CHARS = 200
_DATE_ONLY_MAX_CHARS = 80
# Headings after which nothing on the page is the article any more (comments come last).
_CUT_AFTER = re.compile(
    r"^(tinggalkan balasan|tinggalkan komentar|(tulis |beri )?komentar( anda| pembaca)?)\s*:?$",
    re.IGNORECASE,
)
# Headings of a list of other articles' headlines: the list goes, and the story resumes after
# it when the list sat inside the body (an inline "Berita Terkini:" block).
_TEASER_HEADING = re.compile(
    r"^(baca juga|berita terkait( lainnya)?|artikel terkait|topik terkait|related posts?|"
    r"berita lainnya|artikel lainnya|berita populer|terpopuler|pilihan redaksi|"
    r"berita pilihan|artikel pilihan|rekomendasi( untuk anda)?|berita terkini|"
    r"most popular|read more|more stories)\s*:?$",
    re.IGNORECASE,
)
_TEASER_MAX_LINE = 150
# Headlines end in "!" or "?" often, in a full stop or a closing quote rarely.
_SENTENCE_END = (".", '"', "”", "’", "'")
_ELLIPSIS = ("...", "…", "[…]", "[...]")


def _teaser_like(line: str) -> bool:
    """A headline in a list: bulleted, or short without a full stop (or cut with '...')."""
    if line.endswith(_ELLIPSIS) or line.startswith(("- ", "• ", "· ")):
        return True
    return len(line) < _TEASER_MAX_LINE and not line.endswith(_SENTENCE_END)
# The reporter's or editor's initials that close an Indonesian news story: "(ren)", "(mdk/dem)".
SIGN_OFF = re.compile(r"\((?:[a-z]{2,5})(?:/[a-z]{2,5}){0,3}\)$")
_HEADER_LINES = 5  # a headline repeated this early has only header matter above it
_SHORT = 80  # header lines (date, kicker, category) are shorter than this


def _is_notice(line: str) -> bool:
    folded = line.casefold()
    return any(hint in folded for hint in _NOTICE_HINTS) and _NOTICE.search(line) is not None


def _is_credit(line: str) -> bool:
    """A photo caption's credit "(Nama Fotografer/situs)"; on the story's last line the same
    shape is its sign-off, so the caller keeps that one."""
    return len(line) <= _NOTICE_MAX_CHARS and line.endswith(")") and bool(_CREDIT.search(line))


def credit_caption(text: str) -> str | None:
    """The first photo caption with its credit that ``clean_text`` drops from ``text`` (a
    caption the page set as a paragraph: "Deklarasi netralitas ASN di Agam, Rabu (27/12/2023).
    (ANTARA/Nama)"), without the credit; None when there is none."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for line in lines[:-1]:  # (the story's last line: its sign-off, kept)
        if _is_credit(line):
            return line[:line.rfind("(")].strip() or None
    return None


def _is_byline(line: str) -> bool:
    """A byline line: the writer's label or the editor's, a date, and a time or a bar."""
    folded = line.casefold()
    if not (_BYLINE_START.match(line) or (("redaktur" in folded or "editor" in folded)
                                         and _EDITOR_LABEL.search(line))):
        return False
    return bool(_DATE_IN_LINE.search(line) and _CLOCK_OR_BAR.search(line))


def _same(line: str, title: str) -> bool:
    if not title or abs(len(line) - len(title)) > 8:  # cheap: most lines are paragraphs
        return False
    return " ".join(line.split()).casefold() == title.casefold()


def _drop_header(lines: list[str], title: str) -> list[str]:
    """Date, kicker and headline lines that open the text (the page's header block)."""
    for index, line in enumerate(lines[:_HEADER_LINES]):
        if _same(line, title):
            if all(len(above) < _SHORT for above in lines[:index]):
                return lines[index + 1:]
            break
    return lines


def _cut_after_sign_off(lines: list[str]) -> list[str]:
    """Drop what follows the story's closing initials when none of it is a paragraph: the
    related headlines, promotions and widgets sites print after the body. Only near the end:
    a caption's "(ist)" at the top must not cut the story."""
    for index in range(len(lines) - 1, -1, -1):
        if SIGN_OFF.search(lines[index]):
            rest = lines[index + 1:]
            before = sum(len(line) for line in lines[:index + 1])
            if rest and not any(len(line) > 200 for line in rest) and \
                    sum(len(line) for line in rest) < before:
                return lines[:index + 1]
            return lines
    return lines


def clean_text(text: str, title: str = "") -> str:
    """Drop boilerplate lines, the header block, headline lists under their heading,
    and everything after a comment heading or after the closing initials."""
    kept: list[str] = []
    in_teasers = False
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if _CUT_AFTER.match(stripped):
            break
        if _TEASER_HEADING.match(stripped):
            in_teasers = True
            continue
        if in_teasers:
            if _teaser_like(stripped):
                continue
            in_teasers = False
        unbulleted = stripped.lstrip("-•·* ")
        if _DROP_LINE.match(unbulleted) or (len(unbulleted) <= _DATE_ONLY_MAX_CHARS
                                            and _DATE_ONLY.match(unbulleted)):
            continue
        if len(stripped) <= _NOTICE_MAX_CHARS and _is_notice(stripped):
            continue
        if len(stripped) <= _BYLINE_MAX_CHARS and _is_byline(stripped):
            continue
        kept.append(stripped)
    kept = [line for i, line in enumerate(kept) if i == len(kept) - 1 or not _is_credit(line)]
    kept = _cut_after_sign_off(_drop_header(kept, title))
    return "\n".join(line for line in kept if not _same(line, title))
