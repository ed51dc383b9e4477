"""The web archive: write every fetch to WARC, read records back by offset.

warcio (Webrecorder) does the format; this module adds warta's conventions: files are
written as ``*.warc.gz.open`` and renamed when closed (Heritrix's convention, so a file
without ``.open`` is complete), rotated at ``max_bytes``, start with a warcinfo record
naming the run, and are indexed as they are written: ``<prefix>.cdxj`` beside them
(``spiders/cdxj.py``), so the folder opens in pywb and replays without a rescan.
"""

from __future__ import annotations

import io
import os
import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator, ArchiveLoadFailed
from warcio.bufferedreaders import ChunkedDataReader
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from spiders.cdxj import CdxjWriter
from spiders.encodings import CorruptBody, TooLarge, codings, decode
from spiders.records import RecordRef
from spiders.settings import download_maxsize, size_limit_reason

SOFTWARE = "warta/0.1 (warcio)"
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class ArchivedResponse:
    url: str
    status: int
    headers: list[tuple[str, str]]
    body: bytes  # transfer- and content-decoded
    fetched_at: datetime
    ref: RecordRef

    def header(self, name: str) -> str | None:
        name = name.lower()
        return next((v for k, v in self.headers if k.lower() == name), None)


class RotatingWarcWriter:
    def __init__(self, directory: Path, prefix: str, run_id: str, max_bytes: int = 10**9):
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.prefix, self.run_id, self.max_bytes = prefix, run_id, max_bytes
        self.index = CdxjWriter(self.directory / f"{prefix}.cdxj")
        self.serial = 0
        self._file: io.BufferedWriter | None = None
        self._warcinfo_id = ""
        self._writer: WARCWriter | None = None
        self.path: Path | None = None

    def _open(self) -> None:
        stamp = datetime.now(UTC).strftime("%Y%m%d%H%M%S")
        name = f"{self.prefix}-{stamp}-{self.serial:05d}.warc.gz"
        self.path = self.directory / name
        self._file = open(f"{self.path}.open", "wb")
        self._writer = WARCWriter(self._file, gzip=True)
        info = self._writer.create_warcinfo_record(
            name, {"software": SOFTWARE, "format": "WARC File Format 1.1",
                   "isPartOf": self.run_id, "description": "warta crawl"},
        )
        self._writer.write_record(info)
        self._warcinfo_id = info.rec_headers.get_header("WARC-Record-ID")

    def write(self, url: str, status: int, reason: str, headers: list[tuple[str, str]],
              body: bytes, request_headers: list[tuple[str, str]] | None = None,
              protocol: str = "HTTP/1.1") -> RecordRef:
        if self._writer is None:
            self._open()
        elif self._file.tell() > self.max_bytes:
            self._close_file()
            self.serial += 1
            self._open()
        assert self._file is not None and self._writer is not None and self.path is not None
        http_headers = StatusAndHeaders(f"{status} {reason}".strip(), headers, protocol=protocol)
        response = self._writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), http_headers=http_headers,
            # the run is named in the warcinfo record (isPartOf) and on every record
            warc_headers_dict={"WARC-Warcinfo-ID": self._warcinfo_id,
                               "WARC-Warta-Run-ID": self.run_id},
        )
        offset = self._file.tell()
        self._writer.write_record(response)
        ref = RecordRef(str(self.path), offset, self._file.tell() - offset)
        self.index.add(url, response.rec_headers.get_header("WARC-Date"),
                       http_headers.get_header("Content-Type"), status,
                       response.rec_headers.get_header("WARC-Payload-Digest"), ref)
        if request_headers is not None:
            path = url.split("/", 3)[3] if url.count("/") >= 3 else ""
            req = StatusAndHeaders(f"GET /{path} {protocol}", request_headers, is_http_request=True)
            request = self._writer.create_warc_record(
                url, "request", http_headers=req,
                warc_headers_dict={"WARC-Concurrent-To": response.rec_headers.get_header(
                    "WARC-Record-ID")},
            )
            self._writer.write_record(request)
        self._file.flush()
        return ref

    def close(self) -> None:
        """Close the open file and write the index of every file written."""
        self._close_file()
        self.index.close()

    def _close_file(self) -> None:
        if self._file is not None:
            self._file.flush()
            os.fsync(self._file.fileno())
            self._file.close()
            os.replace(f"{self.path}.open", self.path)
        self._file = self._writer = None


class DamagedRecord(ValueError):
    """A record shorter than its Content-Length, or whose digest does not match its bytes."""


class RecordTooLarge(ValueError):
    """A response whose body is over the crawl's size limit (``download_maxsize``): refused
    after reading at most limit + 1 bytes of it, never decoded whole. A fetch reject, as in
    the crawl."""

    stage = "fetch"

    def __init__(self, limit: int):
        self.reason = size_limit_reason(limit)
        super().__init__(self.reason)


def check_whole(record) -> None:
    """Raise ``DamagedRecord`` unless ``record`` (read to its end) is whole.

    warcio reads a record cut short (a truncated download of the archive, a file cut at
    its end) without complaint, and its content is then a prefix of the page: the block
    must hold Content-Length bytes, and a WARC-Block-Digest / WARC-Payload-Digest, when
    present, must match.
    """
    missing = getattr(record.raw_stream, "limit", 0) or 0
    if missing > 0:
        raise DamagedRecord(f"record cut short: {missing} of its {record.length} bytes "
                            "are missing from the archive")
    checker = getattr(record, "digest_checker", None)
    if checker is not None and checker.passed is False:
        raise DamagedRecord("record digest mismatch: " + "; ".join(map(str, checker.problems))
                            [:200])


def _body(record, limit: int | None) -> bytes:
    """The HTTP body of ``record``, transfer- and content-decoded, at most ``limit`` bytes
    (else ``RecordTooLarge``). Content codings are decoded here (spiders/encodings.py), not
    by warcio: its brotli hook fails with the brotli package installed, it does not know
    zstd (a crawled page a server sent in either was archived fine and never read back),
    and a gzip body that breaks midway came back as its first part, extracted as the whole
    page; that is a ``DamagedRecord`` here."""
    http = record.http_headers
    applied = codings([v for k, v in http.headers if k.lower() == "content-encoding"]) \
        if http else []
    if not applied:
        body = record.content_stream().read(limit + 1) if limit else \
            record.content_stream().read()
    else:
        stream = record.raw_stream
        if (http.get_header("transfer-encoding") or "").strip().lower() == "chunked":
            stream = ChunkedDataReader(stream)  # de-chunked, still encoded
        body = stream.read(limit + 1) if limit else stream.read()
        if not limit or len(body) <= limit:
            try:
                body = decode(body, applied, limit or sys.maxsize)
            except TooLarge:
                raise RecordTooLarge(limit) from None
            except CorruptBody as exc:  # only part of the page: not extracted as the whole
                raise DamagedRecord(str(exc)) from None
    if limit and len(body) > limit:
        raise RecordTooLarge(limit)
    return body


def _decode_record(record, path: str, offset: int, length: int,
                   with_body: bool = True, limit: int | None = None) -> ArchivedResponse:
    http = record.http_headers
    date = record.rec_headers.get_header("WARC-Date") or "1970-01-01T00:00:00Z"
    body = b""
    if with_body:
        body = _body(record, limit)
        while record.raw_stream.read(_CHUNK):  # to the end of the block (digests are
            pass                               # computed there)
        check_whole(record)
    return ArchivedResponse(
        url=record.rec_headers.get_header("WARC-Target-URI"),
        status=int(http.get_statuscode() or 0) if http else 0,
        headers=list(http.headers) if http else [],
        body=body,
        fetched_at=datetime.fromisoformat(date.replace("Z", "+00:00")),
        ref=RecordRef(path, offset, length),
    )


def iter_responses(path: str | Path, with_body: bool = True) -> Iterator[ArchivedResponse]:
    """Every HTTP response record of a WARC (gzip or not), in file order."""
    path = str(Path(path).resolve())
    with open(path, "rb") as stream:
        iterator = ArchiveIterator(stream, check_digests=True)
        for record in iterator:
            if record.rec_type != "response" or record.http_headers is None:
                continue
            # read the record before asking its offset: get_record_offset() consumes it
            response = _decode_record(record, path, 0, 0, with_body)
            offset = iterator.get_record_offset()
            yield ArchivedResponse(response.url, response.status, response.headers,
                                   response.body, response.fetched_at,
                                   RecordRef(path, offset, 0))


def read_response(ref: RecordRef, limit: int | None = None) -> ArchivedResponse:
    """The response record at ``ref`` (seek, then read one record); a body over ``limit``
    bytes (default: the crawl's ``download_maxsize``) raises ``RecordTooLarge``.

    A revisit record with its original (``ref.payload``) reads as the response it stands
    for: its own URL, date, status and headers (the original's when it carries none; a 304's
    update the original's headers, its status kept), the original's body; a revisit of a
    redirect without it, as the redirect with no body. The original may be a revisit read
    so in turn (``spiders/revisits.py`` follows such chains): each one's headers apply."""
    with open(ref.warc_file, "rb") as stream:
        stream.seek(ref.offset)
        for record in ArchiveIterator(stream, check_digests=True):
            if record.rec_type == "revisit" and ref.payload is not None:
                revisit = _decode_record(record, ref.warc_file, ref.offset, ref.length,
                                         with_body=False)
                has_headers = bool(record.http_headers)
                break  # its original is read with this file closed (a chain opens many)
            if record.rec_type == "revisit" and is_redirect(record.http_headers):
                return _decode_record(record, ref.warc_file, ref.offset, ref.length,
                                      with_body=False)  # what a redirect says, no body
            if record.rec_type != "response":
                raise ValueError(f"no response record at {ref.warc_file}:{ref.offset}")
            return _decode_record(record, ref.warc_file, ref.offset, ref.length,
                                  limit=limit or download_maxsize())
        else:
            raise DamagedRecord(f"no whole record at {ref.warc_file}:{ref.offset} (the "
                                "archive is cut or corrupt there)")
    original = read_response(ref.payload, limit)
    own = ({} if not has_headers else
           {"headers": _updated(original.headers, revisit.headers)}
           if revisit.status == 304 else
           {"status": revisit.status, "headers": revisit.headers})
    return replace(original, url=revisit.url, fetched_at=revisit.fetched_at, ref=ref, **own)


# What a 304 does not update in the stored response (RFC 9111, 4.3.4: not its length; nor
# what describes the body the original holds)
_BODY_HEADERS = frozenset({"content-length", "content-encoding", "transfer-encoding",
                           "content-type", "content-range"})


def _updated(stored: list[tuple[str, str]], fresh: list[tuple[str, str]]
             ) -> list[tuple[str, str]]:
    """The original's headers updated by a 304's (RFC 9111, 4.3.4), as a cache does: each
    field the 304 sends replaces the stored one, but those of the body."""
    sent = [(k, v) for k, v in fresh if k.lower() not in _BODY_HEADERS]
    names = {k.lower() for k, _ in sent}
    return [(k, v) for k, v in stored if k.lower() not in names] + sent


def is_redirect(http: StatusAndHeaders | None) -> bool:
    """Whether these HTTP headers are a redirect's (3xx with a Location): all it says is
    there, so a revisit of one reads without the body of its original."""
    status = http.get_statuscode() if http else ""
    return status.isdigit() and 300 <= int(status) < 400 and bool(http.get_header("Location"))


def read_headers(ref: RecordRef) -> tuple[StatusAndHeaders, StatusAndHeaders | None]:
    """The WARC and HTTP headers of the record at ``ref``, its payload left unread."""
    with open(ref.warc_file, "rb") as stream:
        stream.seek(ref.offset)
        for record in ArchiveIterator(stream):
            return record.rec_headers, record.http_headers
    raise DamagedRecord(f"no whole record at {ref.warc_file}:{ref.offset}")


def archive_problem(path: str | Path) -> str | None:
    """Why the file at ``path`` is no WARC (plain or gzip-compressed), from its first bytes;
    None when it starts as one does."""
    with open(path, "rb") as fh:
        head = fh.read(64 * 1024)
    if not head:
        return "empty file"
    if head[:2] == b"\x1f\x8b":
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 16)
        except zlib.error:
            return "gzip data is corrupt"
    if not head.startswith(b"WARC/"):
        return "not a WARC file (it does not start with 'WARC/')"
    if _one_stream(path):
        return ("compressed as one gzip stream, not one member per record (warcio cannot read "
                "it record by record); `warcio recompress FILE FIXED.warc.gz` rewrites it")
    return None


def _one_stream(path: str | Path) -> bool:
    """Whether a gzip WARC was compressed whole ("non-chunked"): warcio's own check, which
    raises on reading the second record of such a file."""
    with open(path, "rb") as fh:
        if fh.read(2) != b"\x1f\x8b":
            return False
        fh.seek(0)
        try:
            for count, _record in enumerate(ArchiveIterator(fh), 1):
                if count == 2:
                    break
        except ArchiveLoadFailed as exc:
            return "non-chunked" in str(exc)
        except Exception:  # noqa: BLE001 - damaged otherwise: intact_spans tells that apart
            return False
    return False
