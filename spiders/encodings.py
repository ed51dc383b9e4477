"""HTTP content codings (gzip, deflate, br, zstd) undone within a size limit.

A crawl archives bodies as they came off the wire, still compressed, and Scrapy asks for
every coding it can read (``Accept-Encoding: gzip, deflate, br, zstd``). warcio decodes
gzip and deflate when a record is read back, but not zstd, and its brotli hook fails with
the ``brotli`` package Scrapy installs; the archive readers (spiders/warc.py) decode those
here. The crawl's bomb check (spiders/archiving.py) uses the same bounded decoders.
"""

from __future__ import annotations

import io
import zlib

try:  # Scrapy depends on both (asks for br and zstd only when they are installed)
    import brotli
except ImportError:  # pragma: no cover
    brotli = None
try:
    from compression import zstd  # Python 3.14
except ImportError:  # pragma: no cover - the backport Scrapy installs before 3.14
    try:
        from backports import zstd
    except ImportError:
        zstd = None

CHUNK = 64 * 1024
# what a corrupt body raises from a decoder: the body is then taken as it is
DECODE_ERRORS = (zlib.error, ValueError, EOFError, OSError,
                 *((brotli.error,) if brotli else ()), *((zstd.ZstdError,) if zstd else ()))


class TooLarge(Exception):
    """Decoding would pass the size limit (a compression bomb, or a page over the limit)."""


class CorruptBody(Exception):
    """A body whose coding breaks after it began to decode, or ends before its end: what
    decoded is only part of the page (warcio returned that part as the whole body)."""


def _broken(coding: str, produced: int, why: str) -> CorruptBody:
    return CorruptBody(f"{coding} body corrupt after {produced} decoded bytes ({why})")


def codings(values: list[bytes] | list[str]) -> list[str]:
    """The content codings of Content-Encoding header values, in the order applied."""
    found = []
    for value in values:
        text = value.decode("latin-1") if isinstance(value, bytes) else value
        found += [c.strip().lower() for c in text.split(",")]
    return [c for c in found if c and c != "identity"]


def _unbrotli(data: bytes, limit: int) -> bytes:
    out = bytearray()
    decoder = brotli.Decompressor()
    try:
        chunk = decoder.process(data, output_buffer_limit=CHUNK)
        for _ in range(limit // CHUNK + 2):
            out += chunk
            if len(out) > limit:
                raise TooLarge
            if decoder.is_finished() or not chunk:
                break
            chunk = decoder.process(b"", output_buffer_limit=CHUNK)
    except brotli.error as exc:
        if out:
            raise _broken("br", len(out), str(exc)) from None
        raise
    if out and not decoder.is_finished():
        raise _broken("br", len(out), "cut short")
    return bytes(out)


def _unzstd(data: bytes, limit: int) -> bytes:
    out = bytearray()
    try:
        with zstd.ZstdFile(io.BytesIO(data)) as frames:  # every frame, as Scrapy reads them
            while chunk := frames.read(CHUNK):
                out += chunk
                if len(out) > limit:
                    raise TooLarge
    except (zstd.ZstdError, EOFError) as exc:
        if out:
            raise _broken("zstd", len(out), str(exc)) from None
        raise
    return bytes(out)


def inflate_bounded(data: bytes, coding: str, limit: int) -> bytes:
    """``data`` decoded from one content coding, raising TooLarge past ``limit`` bytes.

    An unknown coding comes back as it is. Memory stays under ``limit`` + one chunk.
    """
    if coding == "br" and brotli is not None:
        return _unbrotli(data, limit)
    if coding == "zstd" and zstd is not None:
        return _unzstd(data, limit)
    gzipped = coding in ("gzip", "x-gzip")
    if gzipped:
        wbits = 16 + zlib.MAX_WBITS
    elif coding == "deflate":
        wbits = zlib.MAX_WBITS if data[:1] == b"\x78" else -zlib.MAX_WBITS  # zlib or raw
    else:
        return data
    out = bytearray()
    decoder = zlib.decompressobj(wbits)
    pending = data
    try:
        # every round either emits a full chunk (bounded by limit) or consumes its input
        for _ in range(limit // CHUNK + len(data) // 16 + 4):
            out += decoder.decompress(pending, CHUNK)
            if len(out) > limit:
                raise TooLarge
            if decoder.eof:
                pending = decoder.unused_data
                if gzipped and pending[:2] == b"\x1f\x8b":  # another gzip member
                    decoder = zlib.decompressobj(wbits)
                    continue
                break
            pending = decoder.unconsumed_tail
            if not pending:
                break
    except zlib.error as exc:
        if out:
            raise _broken(coding, len(out), str(exc)) from None
        raise
    if out and not decoder.eof:
        raise _broken(coding, len(out), "cut short")
    return bytes(out)


def decode(body: bytes, applied: list[str], limit: int) -> bytes:
    """``body`` with its content codings (``codings()``, in the order applied) undone;
    TooLarge past ``limit`` bytes at any step. A body a decoder cannot read from its start
    is returned as it is (a server that labels a plain body gzip, as warcio and browsers
    take it); one that breaks or ends midway raises CorruptBody."""
    data = body
    try:
        for coding in reversed(applied):
            data = inflate_bounded(data, coding, limit)
    except DECODE_ERRORS:
        return body
    return data


def inflates_beyond(body: bytes, content_encoding: list[bytes], limit: int) -> bool:
    """Whether decoding ``body`` (Content-Encoding values, applied in order) passes limit."""
    try:
        decode(body, codings(content_encoding), limit)
    except TooLarge:
        return True
    except CorruptBody:  # HttpCompressionMiddleware decides what that means
        return False
    return False
