"""Links to other articles a stored page keeps: a "Baca juga: ..." line or a bulleted headline
inside the text, and the related-headline tail after the article. Their lines are other
articles' titles, so no activity, occasion, official or place is read from them.

The one reading of such a link for every extractor: ``related_headline`` (a line, or a sentence
opening one) and ``link_at`` (a position of the text: its line is one, or an item of a list of
links, or it stands in a headline run into a paragraph after "Baca juga", or its line is a
headline standing between the story's paragraphs with no marker, ``_headline_lines``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from transforms.prefilter import names_any, scanner, search

__all__ = ["link_at", "related_headline", "tail_start", "without_links"]

# A line that links to other articles: "Baca juga: ...", "Simak: ...", "Baca berita lainnya di
# ...", "Cek juga ...", "Berita terkait: ...", "Artikel lainnya": the imperative "read"/"watch"
# opening a line with a link's words is the page inviting to another text. Not a quoted
# sentence ("\"Lihat saja, ...\"") nor one going on ("Lihat kondisi jalan itu, ...").
_LINK_LINE = re.compile(
    r"^[^\w\n\"“”'‘’]*(?:(?:baca|simak|lihat|cek)(?:[^\S\n]+(?:juga|pula)(?!\w)|[^\S\n]*(?:[:!»|]|$))"
    r"|(?:baca|simak|lihat)[^\S\n]+(?:berita|artikel|selengkapnya|kisah|informasi|ulasan|video)"
    r"|(?:berita|artikel)[^\S\n]+(?:terkait|lainnya)(?!\w))", re.IGNORECASE)
# A line that is a bare address ("https://kabarku.id/pilkada/patroli-pengawasan-..."): a link
# whose slug's words are another article's title.
_URL_LINE = re.compile(r"(?:https?://|www\.)\S+\Z", re.IGNORECASE)
# A bulleted line ("- ", "• ", "» "): a link when its words are title-cased, or when it is one
# item of a list under a link line ("Baca juga:" then "- ..." lines).
_BULLET = re.compile(r"[^\S\n]*[-–•·*»](?=[^\S\n]|[^\W\d_])[^\S\n]*")
_TITLE_CASED = 0.6  # the share of capitalised words of a headline
_LIST_ITEMS_MAX = 6  # how many bulleted items a link line may head
# A headline run into a paragraph: "... netral. Baca juga: Bupati Agam Ajak ASN Netral ...",
# the capitalised words after the marker up to the position asked about.
_INLINE = re.compile(r"(?<!\w)(?:baca|lihat|simak)[^\S\n]+(?:juga|pula)(?!\w)[^\S\n]*:?[^\S\n]*"
                     r"(?-i:[A-Z0-9][\w'’.,-]*[^\S\n]+){0,10}\Z", re.IGNORECASE)
_INLINE_REACH = 200
# Every _INLINE match holds one of these as a whole word: a long text without them is not
# searched (prefilter.names_any: its word list is shared by the scanners).
_INLINE_WORDS = frozenset({"baca", "lihat", "simak"})
# A heading line after which a stored page lists other articles ("Berita Terkait", "Tags",
# "- Terpopuler -"): every line below it is another article's title or the page's furniture.
# "Baca juga" alone on a line is not one: it introduces a single link inside the article.
_TAIL_HEAD = re.compile(
    r"^\W*(?:(?:berita|artikel)\s+(?:terkait|lainnya|populer|pilihan)|(?:berita\s+)?(?:terpopuler"
    r"|populer|terkini|terbaru)|pilihan\s+redaksi|rekomendasi(?:\s+berita)?|tags?"
    # the English headings of CMS themes ("News Feed", "Related Posts", "Latest News")
    r"|news\s+feed|(?:related|latest|popular|recent)\s+(?:news|posts?|articles?|stories))\W*$",
    re.IGNORECASE | re.MULTILINE,
)
_TAIL_HEAD_SCAN = scanner(_TAIL_HEAD)
# Every _TAIL_HEAD match holds one of these as a whole word (prefilter.names_any).
_TAIL_WORDS = frozenset({"berita", "artikel", "terpopuler", "populer", "terkini", "terbaru",
                         "pilihan", "rekomendasi", "tag", "tags", "feed", "related", "latest",
                         "popular", "recent"})


def related_headline(sentence: str) -> bool:
    """A line that links to another article ("Baca juga: ...", ``_LINK_LINE``; a bare address),
    or a bulleted line in title case ("- Bawaslu Temukan 12 ASN Tak Netral"), as a stored page
    keeps them: page furniture, not this article's text. A sentence opening such a line is one
    too."""
    line = sentence.strip()
    if _LINK_LINE.match(line) or _URL_LINE.match(line):
        return True
    bullet = _BULLET.match(line)
    if bullet is None:
        return False
    words = [w for w in line[bullet.end():].split() if w[:1].isalpha()]
    return bool(words) and sum(w[:1].isupper() for w in words) / len(words) >= _TITLE_CASED


def link_at(text: str, pos: int) -> bool:
    """Whether ``text[pos]`` lies in a link to another article: its line is a
    ``related_headline``, or a bulleted item of a list under a link line, or it stands in a
    headline run into a paragraph after "Baca juga" (``_INLINE``), or its line is a headline
    between the story's paragraphs (``_headline_lines``)."""
    start = text.rfind("\n", 0, pos) + 1
    lines, inline = _links_in(text)  # a text's sentences ask this many times: read it once
    return start in lines or inline and bool(_INLINE.search(
        text, max(start, pos - _INLINE_REACH), pos))


def without_links(text: str, title: str = "") -> str:
    """The text with its links to other articles blanked: every line that is one (the lines
    ``link_at`` finds; not a headline run into a paragraph after "Baca juga", whose line is
    the story's too) and the related-headline tail (``tail_start``) turned to spaces, line
    breaks kept, so offsets hold. What is left is the article's own story. Given the page's
    ``title``, a headline right after the first paragraph is one too unless it repeats the
    title (a page repeats its own after a teaser; ``_headline_lines``)."""
    lines, _ = _links_in(text)
    if title:
        lines = lines | _headline_lines(text, title)
    tail = tail_start(text)
    if not lines and tail == len(text):
        return text
    parts = []
    for start in sorted(lines):
        if start >= tail:
            break
        end = text.find("\n", start)
        parts.append((start, end if end >= 0 else len(text)))
    parts.append((tail, len(text)))
    out, done = [], 0
    for start, end in parts:
        out += [text[done:start], _BLANK.sub(" ", text[start:end])]
        done = end
    out.append(text[done:])
    return "".join(out)


_BLANK = re.compile(r"[^\n]")


@lru_cache(maxsize=4)
def _links_in(text: str) -> tuple[frozenset[int], bool]:
    """The starts of the lines that link to another article (``_link_line_at``), and whether
    the text holds a word an inline link starts with at all."""
    starts = (0, *(m.end() for m in _NEWLINE.finditer(text)))
    return (frozenset(s for s in starts if _link_line_at(text, s)),
            names_any(text, _INLINE_WORDS))


def _link_line_at(text: str, start: int) -> bool:
    """The line at ``start`` is a ``related_headline``, an item of a list under a link line or
    a headline between the story's paragraphs."""
    end = text.find("\n", start)
    if related_headline(text[start:end if end >= 0 else len(text)]):
        return True
    line = start
    for _ in range(_LIST_ITEMS_MAX):
        if line == 0 or not _BULLET.match(text, line):
            break
        line = text.rfind("\n", 0, line - 1) + 1
        if _LINK_LINE.match(text[line:text.find("\n", line)]):
            return True
    return start in _headline_lines(text)


# -- headlines between the paragraphs, with no marker --------------------------------------
# Another article's headline a stored page keeps inside the body ("Bawaslu Temukan Dua Camat
# Tak Netral" between two paragraphs): a line of its own, after the story has begun, in title
# case (every word lower-cased is one a headline leaves small: a preposition, a conjunction),
# with no closing punctuation, and not the last line (a copy cut off mid-sentence). A sentence
# of the story ends with a full stop, or has lower-case verbs and nouns, or runs on from a line
# ending in a comma or a linking word, or into one starting in lower case: none is taken.
_SMALL_WORDS = frozenset({
    "di", "ke", "dari", "pada", "dan", "atau", "untuk", "dengan", "yang", "dalam", "oleh",
    "bagi", "soal", "saat", "jika", "kalau", "hingga", "sampai", "terkait", "sebagai", "usai",
    "jelang", "ini", "itu", "tak", "tidak", "jadi", "akan", "bakal", "agar", "karena", "via",
    "serta", "sejak", "selama", "tentang", "atas", "antara", "demi", "kepada", "lewat",
    "melalui", "tanpa", "pasca", "belum", "sudah", "masih", "bisa", "pun", "lagi", "vs",
    "meski", "namun", "tapi", "hanya", "se", "per", "ala", "kian", "makin", "semakin"})
# A line ending in one of these runs on into the next one; a headline never ends so.
_LINKING_END = frozenset({
    "di", "ke", "dari", "pada", "dan", "atau", "untuk", "dengan", "yang", "dalam", "oleh",
    "bagi", "serta", "bahwa", "yaitu", "yakni", "kepada", "sebagai", "tentang", "atas",
    "antara", "terkait", "saat", "jika", "agar", "karena", "para", "sang", "si"})
# What follows a line that is no headline: a sentence running on in lower case, a photo's
# credit under its caption ("Ketua Bawaslu Agam Rudi Hartawan" then "Foto: ...").
_CONTINUED = re.compile(r"[a-z]|\W*(?i:foto|photo|ilustrasi|sumber|dok)\b")
_HEADLINE_CHARS = (15, 150)
_STANDALONE_WORDS = 8  # a headline standing alone: a subheading is shorter
_RUN_LINES = 3  # so many headline-shaped lines in a row: a list of other articles
# The story has begun after so many paragraphs: before, a page repeats its own title after a
# teaser or a photo's caption ("Bupati Ajak ASN Netral" again after the summary).
_STORY_BEGUN = 2
_HEADLINE_WORDS = (3, 18)
_PARAGRAPH_CHARS = 60  # a paragraph of the story: this long, closed by sentence punctuation
_SENTENCE_END = ".?!\"”'’"
# Not a headline: two sentences, a photo or author credit, a numbered item, a dateline, the
# list of who attended ("Hadir: Bupati ...", "Turut hadir Kapolres ...").
_NOT_HEADLINE = re.compile(
    r"[.!?][\"”’']?\s+[A-Z]|[|/©@]|\b(?i:foto|ilustrasi|dok|ist|penulis|editor|reporter|pewarta"
    r"|sumber|wartawan|copyright|scroll)\b|^(?:\d{1,2}|[a-zA-Z])[.)]|^[^\w\n]"
    r"|^[A-Z0-9.,\s]{3,}[-–—]|^(?i:(?:turut|tampak|juga|yang)\s+)?(?i:hadir|dihadiri)\b")


def _headline_shaped(line: str) -> bool:
    """A line standing as a headline: title case, short, no closing punctuation."""
    if (not _HEADLINE_CHARS[0] <= len(line) <= _HEADLINE_CHARS[1] or line[-1] in _SENTENCE_END
            or line[-1] in ":;,)" or _NOT_HEADLINE.search(line)):
        return False
    words = [w.strip("\"“”'‘’(),:;") for w in line.split()]
    words = [w for w in words if w[:1].isalpha()]
    if not _HEADLINE_WORDS[0] <= len(words) <= _HEADLINE_WORDS[1] or not words[0][0].isupper():
        return False
    small = [w for w in words if not w[0].isupper()]
    return (all(w.lower() in _SMALL_WORDS for w in small) and 2 * len(small) <= len(words)
            and words[-1].lower() not in _LINKING_END)


@lru_cache(maxsize=4)
def _headline_lines(text: str, title: str = "") -> frozenset[int]:
    """The starts of the lines that are other articles' headlines with no marker of their own:
    the line after a bare link line ("Baca juga:" alone), and headlines between the story's
    paragraphs (``_headline_shaped``): once the story has begun, each right after a paragraph
    or another headline, with a line after it that does not run on in lower case. Inside a
    run of headlines a short line with no closing punctuation is one too (a headline whose
    words are not all a headline's, "Goes to Campus"). A story's own subheading ("Patroli
    Media Sosial") is shaped so too, but short: one or two such lines count only when they are
    a headline's length (``_STANDALONE_WORDS``); three or more in a row are a list of links.
    Given the page's ``title``, the story has begun after its first paragraph for a line that
    does not repeat the title (``_repeats``)."""
    lines = [(m.start(), m.group().strip()) for m in _LINE.finditer(text)]
    lines = [(start, line) for start, line in lines if line]
    titled = frozenset(_WORD.findall(title.lower()))  # the title's words, read once
    found: set[int] = set()
    run: list[tuple[int, str]] = []  # the headline-shaped lines in a row so far

    def close_run() -> None:
        found.update(start for start, line in run
                     if len(run) >= _RUN_LINES or len(line.split()) >= _STANDALONE_WORDS)
        run.clear()

    previous = ""  # "paragraph", "headline", "link" or "" (anything else, the page's top)
    paragraphs = 0
    for k, (start, line) in enumerate(lines):
        paragraph = len(line) >= _PARAGRAPH_CHARS and line[-1] in _SENTENCE_END
        link = _LINK_LINE.match(line)
        if link is None and previous == "link" and _run_on(line):
            found.add(start)  # "Baca juga:" then the headline on a line of its own
            previous = "headline"
            continue
        last = k + 1 == len(lines)  # a copy cut off mid-sentence ends so, but not in a run
        begun = paragraphs >= _STORY_BEGUN or (
            title and paragraphs and not _repeats(line, titled))
        if link is None and (previous and begun and (run or not last)
                             and (last or not _CONTINUED.match(lines[k + 1][1]))
                             and (_headline_shaped(line)
                                  or previous == "headline" and run and _run_on(line))):
            run.append((start, line))
            previous = "headline"
            continue
        close_run()
        if link is not None:
            previous = "link" if not any(c.isalnum() for c in line[link.end():]) else ""
        elif paragraph:
            previous = "paragraph"
            paragraphs += 1
        elif previous == "headline" or line[-1] in ",;:" or (
                line.split()[-1].lower() in _LINKING_END):
            previous = ""
        # a short line between (a caption, a byline) keeps what came before
    close_run()
    return frozenset(found)


def _repeats(line: str, titled: frozenset[str]) -> bool:
    """The line repeats the page's title (``titled``: its words, lower-cased): half the line's
    words or more are the title's."""
    words = _WORD.findall(line.lower())
    return 2 * sum(w in titled for w in words) >= len(words)


_WORD = re.compile(r"\w+")


def _run_on(line: str) -> bool:
    """A headline of a run, or after a bare link line, whose words are not all a headline's
    ("Goes to Campus"): short, title-cased, opening with a capital, no closing punctuation,
    no credit."""
    if (len(line) > _HEADLINE_CHARS[1] or not line[0].isupper() or line[-1] in _SENTENCE_END
            or line[-1] in ":;,)" or _NOT_HEADLINE.search(line)):
        return False
    words = [w for w in line.split() if w[:1].isalpha()]
    return len(words) >= _HEADLINE_WORDS[0] and sum(
        w[0].isupper() for w in words) >= _TITLE_CASED * len(words)


_LINE = re.compile(r"[^\n]+")
_NEWLINE = re.compile(r"\n")


@lru_cache(maxsize=4)
def tail_start(text: str) -> int:
    """Where the related-headline tail of a page starts (a line "Berita Terkait", "Tag" ...
    and what follows, else a list of teasers, ``_teasers``), else the text's length: its
    lines are other articles' titles and opening words. Cached: the date, place, activity,
    occasion and headcount readers each ask it of the same page."""
    head = search(_TAIL_HEAD_SCAN, text) if names_any(text, _TAIL_WORDS) else None
    return head.start() if head else min(_teasers(text), _dashed(text),
                                         _tabled(text))  # line starts only


def _story_before(text: str, start: int) -> bool:
    """Whether the story has begun before ``start`` (a line start): a line above it is a
    paragraph, ``_PARAGRAPH_CHARS`` long and closed by sentence punctuation."""
    return any(len(p.strip()) >= _PARAGRAPH_CHARS and p.strip()[-1] in _SENTENCE_END
               for p in text[:start].split("\n"))


# A line of dashes alone ("--", "---", "—"), or of another rule's marks ("***", "* * *", "___",
# "===", "~~~"): a rule the page draws between items.
_DASHES = re.compile(r"^[^\S\n]*(?:-{2,}|[—–]+|\*(?:[^\S\n]*\*){2,}|_{3,}|={3,}|~{3,})[^\S\n]*$",
                     re.MULTILINE)
_DASH_HINTS = ("--", "—", "–", "**", "* *", "___", "===", "~~~")


def _dashed(text: str) -> int:
    """Where another article appended below a rule of dashes starts: once the story has begun
    (a closed paragraph above), a dash line followed by a headline (``_run_on``) opens an
    item of its own, and so is all below it. A dash line before the story, or one followed by
    more of the story's sentences, is the article's own. The text's length when there is none."""
    if not any(hint in text for hint in _DASH_HINTS):
        return len(text)
    for rule in _DASHES.finditer(text):
        after = text.find("\n", rule.end() + 1)
        line = text[rule.end() + 1:after if after >= 0 else len(text)].strip()
        if line and _run_on(line) and _story_before(text, rule.start()):
            return rule.start()
    return len(text)


# A line that only separates the items of a list ("|", "•").
_SEPARATOR = re.compile(r"^[^\S\n]*[|•·][^\S\n]*$", re.MULTILINE)
_SEPARATOR_HINTS = ("\n|", "\n•", "\n·")


def _teasers(text: str) -> int:
    """Where a list of other articles' teasers starts when its heading is lost: once the story
    has begun (a closed paragraph), a long paragraph cut off mid-sentence with a separator line
    after it is an excerpt of another article ("... kata dia saat ditemui di\n|\n"), and so
    is all below it. A cut-off summary above the story (before any closed paragraph) is the
    page's own. The text's length when there is none."""
    if not any(hint in text for hint in _SEPARATOR_HINTS):
        return len(text)
    for sep in _SEPARATOR.finditer(text):
        before = text[:sep.start()].rstrip()
        start = before.rfind("\n") + 1
        cut = before[start:].strip()
        if len(cut) < _PARAGRAPH_CHARS or cut[-1] in _SENTENCE_END:
            continue
        if _story_before(text, start):
            return start
    return len(text)


# A row of a table of other articles, as a stored copy keeps it: a headline closed by a bar,
# the row of its empty picture, then the table's header rule ("Judul Berita Lain |", "![]() |",
# "---|"), and after it another such row, a headline cut off or nothing. A picture of its own
# ("![](foto.jpg)") or a caption or paragraph closed by a full stop after the rule: the story's.
_TABLE_ROW = re.compile(r"^[^\n]*\S[^\S\n]*\|[^\S\n]*\n!\[\]\(\)[^\S\n]*\|"
                        r"[^\S\n]*\n[^\S\n]*:?-{3,}:?[^\S\n]*\|[^\S\n]*(?:\n|\Z)"
                        r"(?=[^\n]*\|[^\S\n]*(?:\n|\Z)|[^\n]*[^.!?\"”’\s][^\S\n]*(?:\n|\Z)|\Z)",
                        re.MULTILINE)


def _tabled(text: str) -> int:
    """Where a table of other articles' headlines starts, once the story has begun (a closed
    paragraph above): its first row (``_TABLE_ROW``) and all below it. The text's length
    when there is none."""
    if "![" not in text:
        return len(text)
    for row in _TABLE_ROW.finditer(text):
        if _story_before(text, row.start()):
            return row.start()
    return len(text)
