"""CDXJ indexes of web archives, the format pywb and cdxj-indexer (Webrecorder) write.

One line per archived response, sorted: ``<SURT key> <14-digit timestamp> <JSON>`` with
``url``, ``mime``, ``status``, ``digest``, ``length``, ``offset`` and ``filename`` (relative
to the index's folder). warta uses them for replay (which record answers a URL), ingest
(which pages an archive holds, without reading their bodies) and to make every crawl's
archive folder a collection pywb opens as it is (``archive_paths`` and ``index_paths``
both that folder).

A crawl writes its index as it archives (``CdxjWriter``: it knows every record's offset and
length, so nothing is read back); archives from elsewhere are indexed by cdxj-indexer
(``index_archives``), which reads each record once, headers only when the WARC names its
payload digest.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import surt
from warcio.timeutils import iso_date_to_timestamp

from spiders.records import RecordRef, url_key


@dataclass(frozen=True)
class CdxjEntry:
    """One line of a CDXJ index; ``filename`` resolved to a path. ``payload``: the original
    response of a revisit line whose original was found (``spiders/revisits.py``)."""

    urlkey: str
    timestamp: str
    url: str
    mime: str | None
    status: int | None
    digest: str | None
    length: int
    offset: int
    filename: str
    payload: RecordRef | None = None

    @property
    def ref(self) -> RecordRef:
        return RecordRef(self.filename, self.offset, self.length, self.payload)

    @property
    def captured_at(self) -> str:
        """The line's 14-digit timestamp as the ISO time (UTC) a page row keeps."""
        return datetime.strptime(self.timestamp, "%Y%m%d%H%M%S").replace(tzinfo=UTC).isoformat()


def cdxj_line(url: str, warc_date: str, content_type: str | None, status: int | None,
              digest: str | None, length: int, offset: int, filename: str) -> str:
    """The line cdxj-indexer writes for one response record (same key, fields, order)."""
    fields = {"url": url, "mime": mime_type(content_type),
              "status": None if status is None else str(status), "digest": digest,
              "length": str(length), "offset": str(offset), "filename": filename}
    return (f"{surt_key(url)} {iso_date_to_timestamp(warc_date)} "
            f"{json.dumps({k: v for k, v in fields.items() if v is not None})}")


def surt_key(url: str) -> str:
    """The SURT sort key of a URL, as pywb looks it up."""
    try:
        return surt.surt(url)
    except Exception:  # as cdxj-indexer: an unparsable URL is its own key
        return url


def mime_type(content_type: str | None) -> str | None:
    """The media type of a Content-Type value, as cdxj-indexer writes it (no parameters)."""
    if not content_type:
        return None
    return content_type.replace(";", " ").split(None, 1)[0].strip() or None


def write_index(lines: Iterable[str], path: str | Path) -> Path:
    """Write CDXJ lines sorted (pywb binary-searches them), atomically."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    tmp.write_text("".join(f"{line}\n" for line in sorted(set(lines))), encoding="utf-8")
    os.replace(tmp, path)
    return path


class CdxjWriter:
    """The index of the WARC files one writer produces, kept as they are written."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.lines: list[str] = []

    def add(self, url: str, warc_date: str, content_type: str | None, status: int,
            digest: str | None, ref: RecordRef) -> None:
        name = os.path.relpath(ref.warc_file, self.path.parent)
        self.lines.append(cdxj_line(url, warc_date, content_type, status, digest,
                                    ref.length, ref.offset, name))

    def close(self) -> None:
        if self.lines:
            write_index(self.lines, self.path)


def index_archives(paths: Iterable[str | Path], out: str | Path,
                   damaged: list | None = None) -> Path:
    """A CDXJ index of WARC files by cdxj-indexer, filenames relative to ``out``'s folder.

    Only the spans of whole records are indexed (``spiders.warc_damage.intact_spans``): a damaged
    gzip member is left out, the records around it kept, and its ``DamagedStretch`` added
    to ``damaged`` when given."""
    from cdxj_indexer.main import CDXJIndexer, SortingWriter

    from spiders.warc_damage import intact_spans

    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    with open(tmp, "w", encoding="utf-8") as fh:
        lines = SortingWriter(fh)
        indexer = CDXJIndexer(lines, [], dir_root=str(out.parent.resolve()))
        for path in (str(Path(p).resolve()) for p in paths):
            spans, bad = intact_spans(path)
            if damaged is not None:
                damaged.extend(bad)
            with open(path, "rb") as stream:
                for start, end in spans:
                    stream.seek(start)
                    indexer.process_one(_Span(stream, end), lines, path)
        lines.flush()
    os.replace(tmp, out)
    return out


def damaged_urls_file(index: str | Path) -> Path:
    """Beside a replay index: the URLs of the damaged records left out of it, one a line
    (their replay answers as not archived, and their reject is the damaged record's)."""
    index = Path(index)
    return index.with_name(index.name + ".damaged")


def write_damaged_urls(index: str | Path, damaged: Iterable) -> None:
    """The readable URLs of these ``DamagedStretch``es into ``damaged_urls_file(index)``
    (always written, empty when none: a rerun's index never keeps an earlier run's)."""
    urls = sorted({stretch.url for stretch in damaged if stretch.url})
    damaged_urls_file(index).write_text("".join(f"{u}\n" for u in urls), encoding="utf-8")


def read_damaged_urls(index: str | Path) -> set[str]:
    """The URL keys ``write_damaged_urls`` left beside ``index`` (none when it did not)."""
    from spiders.records import url_key

    try:
        text = damaged_urls_file(index).read_text(encoding="utf-8")
    except FileNotFoundError:
        return set()
    return {url_key(line) for line in text.splitlines() if line}


class _Span:
    """A file read up to ``end`` only (its offsets stay the file's, as the index needs)."""

    def __init__(self, stream, end: int):
        self.stream, self.end = stream, end

    def read(self, size: int = -1) -> bytes:
        left = max(self.end - self.stream.tell(), 0)
        return self.stream.read(left if size is None or size < 0 else min(size, left))

    def tell(self) -> int:
        return self.stream.tell()


def read_index(path: str | Path) -> Iterator[CdxjEntry]:
    """The entries of a CDXJ file, each ``filename`` resolved against the file's folder."""
    path = Path(path)
    root = path.parent.resolve()
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if not line.strip() or line.startswith("!"):  # "!meta" header lines
                continue
            urlkey, timestamp, data = line.rstrip("\n").split(" ", 2)
            fields = json.loads(data)
            status = fields.get("status")
            yield CdxjEntry(urlkey, timestamp, fields["url"], fields.get("mime"),
                            int(status) if status and status.isdigit() else None,
                            fields.get("digest"), int(fields.get("length", 0)),
                            int(fields["offset"]),
                            os.path.normpath(root / fields["filename"]))


def replay_lookup(entries: Iterable[CdxjEntry], archives: list[str] | None = None,
                  unread: dict[str, CdxjEntry] | None = None) -> dict[str, RecordRef]:
    """URL key (``spiders.records.url_key``: canonical, so tracking noise does not miss) ->
    its newest archived response, a revisit included once ``spiders.revisits.with_originals``
    has read it as the response it stands for (replay does). Ties in time go to the archive
    given last, then to the later record. A revisit left unread is no response: when one is
    a URL's newest capture, the URL answers with its newest readable one (if any), and that
    revisit goes into ``unread`` (URL key -> it), so that replay can say so."""
    order = {str(Path(a).resolve()): n for n, a in enumerate(archives or [])}
    best: dict[str, tuple[tuple[str, int, int], RecordRef]] = {}
    newest_unread: dict[str, tuple[tuple[str, int, int], CdxjEntry]] = {}
    for entry in entries:
        key = url_key(entry.url)
        rank = (entry.timestamp, order.get(entry.filename, -1), entry.offset)
        if entry.status is None or entry.mime == "warc/revisit":
            # not an HTTP response warta can replay (a revisit without original)
            if entry.mime == "warc/revisit" and (key not in newest_unread
                                                 or rank >= newest_unread[key][0]):
                newest_unread[key] = (rank, entry)
            continue
        if key not in best or rank >= best[key][0]:
            best[key] = (rank, entry.ref)
    if unread is not None:
        unread.update({key: entry for key, (rank, entry) in newest_unread.items()
                       if key not in best or rank > best[key][0]})
    return {key: ref for key, (_, ref) in best.items()}
