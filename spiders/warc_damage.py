"""Damaged stretches of a web archive: the byte spans that hold whole records, and what lies
between them.

warcio reads a gzip WARC member after member and an uncompressed one header to header; one
damaged member or a wrong Content-Length makes it lose the rest of the file or the next
record. ``intact_spans`` finds where whole records are, so the indexer (spiders/cdxj.py)
reads only those and ingest records each damaged stretch as one reject (spiders/ingest.py).
"""

from __future__ import annotations

import mmap
import os
import re
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

GZIP_MAGIC = b"\x1f\x8b\x08"
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class DamagedStretch:
    """Bytes of a ``.warc.gz`` that hold no readable record, up to the next good gzip member:
    a member that does not decompress, is no WARC record, or whose Content-Length disagrees
    with the bytes it holds."""

    warc_file: str
    offset: int
    length: int
    reason: str
    url: str | None  # the record's WARC-Target-URI, when its header could still be read


def intact_spans(path: str | Path) -> tuple[list[tuple[int, int]], list[DamagedStretch]]:
    """The (start, end) byte spans of an archive that hold whole records, and the damaged
    stretches between them.

    warcio reads a gzip WARC member after member; one damaged member makes it read the
    compressed bytes as a record ("Unknown archive format") or silently drop the rest of
    the file. Each member is checked here with zlib (its CRC, that it starts as a WARC
    record, that its Content-Length spans it), and a damaged one is skipped to the next
    member that is whole. A member cut at the end of the file counts as intact: its record
    reads as one cut short (``check_whole``). An uncompressed WARC is walked from header
    to header (``_plain_record``).
    """
    path = str(path)
    size = os.path.getsize(path)
    with open(path, "rb") as fh:
        if size == 0:
            return [(0, size)], []
        gzipped = fh.read(2) == GZIP_MAGIC[:2]
        with mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as data:
            if gzipped:
                return _walk(path, size, partial(_gzip_record, data),
                             lambda pos, _end: _next_good_member(data, pos + 1))
            return _walk(path, size, partial(_plain_record, data),
                         lambda pos, header_end: _next_warc_line(data, max(header_end, pos) + 4))


def _walk(path: str, size: int, read: Callable[[int], tuple[int, str | None, bytes]],
          resume: Callable[[int, int], int]
          ) -> tuple[list[tuple[int, int]], list[DamagedStretch]]:
    """The spans and damaged stretches of an archive, record after record: ``read(pos)``
    gives (where the record ends, why it is damaged or None, its first bytes); a damaged
    one is skipped to ``resume(pos, end)``, where the next whole record starts."""
    spans: list[tuple[int, int]] = []
    damaged: list[DamagedStretch] = []
    pos = start = 0
    while pos < size:
        end, problem, head = read(pos)
        if problem is None:
            pos = end
            continue
        if pos > start:
            spans.append((start, pos))
        start = resume(pos, end)
        damaged.append(DamagedStretch(path, pos, start - pos, problem,
                                      _header(head, b"WARC-Target-URI")))
        pos = start
    if size > start:
        spans.append((start, size))
    return spans, damaged


def _gzip_record(data, pos: int) -> tuple[int, str | None, bytes]:
    """The gzip member at ``pos`` as ``_walk`` reads it (``_check_member``), the header of a
    damaged one read again in small pieces when the error hit its first chunk."""
    end, problem, head = _check_member(data, pos)
    if problem is not None and len(head) < 512:
        head = _check_member(data, pos, chunk=64)[2]
    return end, problem, head


def _plain_record(data, pos: int) -> tuple[int, str | None, bytes]:
    """The record at ``pos`` of an uncompressed WARC, read without its block: the block must
    end (CRLF CRLF) where the next record or the file starts. warcio reads a Content-Length
    too large as a block that swallows what follows (the next record lost), one too small
    as a record cut short. A damaged record's end is its header's (where to look on from)."""
    header_end = data.find(b"\r\n\r\n", pos, pos + 65536)
    head = data[pos:header_end] if header_end >= 0 else data[pos:pos + 8192]
    length = _header(head, b"Content-Length")
    if not head.startswith(b"WARC/") or length is None or not length.isdigit():
        return header_end, "WARC header without a readable Content-Length", head
    end = header_end + 4 + int(length)
    after = data[end:end + 16]
    gap = len(after) - len(after.lstrip(b"\r\n"))  # the blank lines after the block
    if end + gap >= len(data) or (gap and after[gap:].startswith(b"WARC/")):
        return end + gap, None, head  # the next record, the end of the file, or a cut last one
    return header_end, f"WARC Content-Length {length} does not end where a record does", head


def _next_warc_line(data, at: int) -> int:
    """Where the next line starting "WARC/" begins from ``at`` on (the end when none)."""
    found = data.find(b"\r\nWARC/", at)
    return found + 2 if found >= 0 else len(data)


def _check_member(data, pos: int, chunk: int = _CHUNK) -> tuple[int, str | None, bytes]:
    """(where the gzip member at ``pos`` ends, why it is no whole WARC record or None, the
    first bytes of its record)."""
    inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
    head, total, at, size = b"", 0, pos, len(data)
    try:
        while at < size and not inflate.eof:
            stop = min(at + chunk, size)
            piece = data[at:stop]
            while True:  # at most 1 MiB out per call: no memory burst on a gzip bomb
                out = inflate.decompress(piece, 1 << 20)
                piece = inflate.unconsumed_tail
                total += len(out)
                if len(head) < 8192:
                    head += out[:8192]
                if inflate.eof or (not piece and len(out) < 1 << 20):
                    break
            at = stop
    except zlib.error as exc:
        return at, f"gzip member does not decompress ({exc})", head
    if not inflate.eof:
        return size, None, head  # cut at the end of the file: read as a record cut short
    return at - len(inflate.unused_data), _record_problem(head, total), head


def _record_problem(head: bytes, total: int) -> str | None:
    """Why a decompressed gzip member (``total`` bytes, starting ``head``) is not exactly
    one WARC record: its block must end, after CRLF CRLF, where the member does."""
    if not head.startswith(b"WARC/"):
        return "gzip member holds no WARC record"
    header_end = head.find(b"\r\n\r\n")
    length = _header(head[:header_end], b"Content-Length")
    if header_end < 0 or length is None or not length.isdigit():
        return "WARC header without a readable Content-Length"
    tail = total - (header_end + 4 + int(length))
    if not 0 <= tail <= 4:
        return (f"WARC Content-Length {length} disagrees with the {total - header_end - 4} "
                "bytes its gzip member holds")
    return None


def _next_good_member(data, at: int) -> int:
    """The offset of the first whole gzip member from ``at`` on (the end when none)."""
    while (at := data.find(GZIP_MAGIC, at)) >= 0:
        if _check_member(data, at)[1] is None:
            return at
        at += 1
    return len(data)


def _header(head: bytes, name: bytes) -> str | None:
    match = re.search(rb"(?im)^" + name + rb":[ \t]*(\S+)", head)
    return match.group(1).decode("utf-8", "replace") if match else None
