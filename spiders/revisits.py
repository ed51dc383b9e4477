"""WARC revisit records: read as the response they stand for when their original is at hand.

Deduplicating crawlers (Heritrix, ``wget --warc-dedup``, Browsertrix, pywb) write a revisit
record instead of a response whose payload they archived before: the record holds the HTTP
status and headers, no body, and names the earlier payload (WARC-Payload-Digest, usually
WARC-Refers-To-Target-URI and WARC-Refers-To-Date). Of the "identical payload digest"
profile, its body is that of any response with the same payload digest: the original is
looked up among the archives given, the record it names (URI and date) first. A revisit
of a redirect needs none (its status and Location are its own). Of the "server not
modified" profile (the server answered a conditional request with 304, so no payload was
sent), the original is the capture it names, by URI and date (else one of its URI with the
payload digest it names; without a date, the latest earlier capture of its URI), and it
reads as that response confirmed at the revisit's date
(``spiders.warc.read_response``). A revisit whose original is elsewhere, or of another
profile, cannot be read; ingest records why.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from warcio.timeutils import iso_date_to_timestamp

from spiders.cdxj import CdxjEntry, mime_type, read_index
from spiders.records import RecordRef
from spiders.warc import is_redirect, read_headers

REVISIT = "warc/revisit"  # the mime cdxj-indexer gives a revisit line
# the WARC 1.0 and 1.1 profile URIs (and Heritrix's uri-agnostic one) end so
IDENTICAL_PAYLOAD = "identical-payload-digest"
NOT_MODIFIED = "server-not-modified"
_SIZES = {"md5": 16, "sha1": 20, "sha256": 32, "sha512": 64}  # digest bytes (hex: twice)


def with_originals(entries: Iterable[CdxjEntry]
                   ) -> tuple[list[CdxjEntry], dict[CdxjEntry, str]]:
    """``entries`` with each revisit whose original is among them turned into the response
    it stands for (``payload``: the original's record; its own status and type, else the
    original's), and the revisits that stay unread -> why. The others are unchanged."""
    entries = list(entries)
    originals: dict[str, list[CdxjEntry]] = {}
    captures: dict[str, list[CdxjEntry]] = {}
    for entry in entries:
        if entry.mime != REVISIT and entry.status is not None:
            captures.setdefault(entry.url, []).append(entry)
            if entry.digest:
                originals.setdefault(digest_key(entry.digest), []).append(entry)
    out: list[CdxjEntry] = []
    unread: dict[CdxjEntry, str] = {}
    for entry in entries:
        if entry.mime == REVISIT:
            entry, why = _resolve(entry, originals, captures)
            if why is not None:
                unread[entry] = why
        out.append(entry)
    return out, unread


def digest_key(digest: str) -> str:
    """A payload digest as one spelling, ``algorithm:BASE32``: the WARC standard's form,
    what warcio and cdxj-indexer write for the original, whereas the revisit's tool may
    leave the label out (SHA-1 meant), write it or the Base32 in another case, or write the
    digest in hexadecimal (Base16)."""
    label, _, value = digest.strip().rpartition(":")
    label, value = (label or "sha1").lower(), value.strip()
    raw = None
    if len(value) == 2 * _SIZES.get(label, -1):
        try:
            raw = bytes.fromhex(value)
        except ValueError:
            raw = None
    if raw is None:
        try:
            raw = base64.b32decode(value.upper() + "=" * (-len(value) % 8))
        except ValueError:  # neither: compared as written, the case aside
            return f"{label}:{value.upper()}"
    return f"{label}:{base64.b32encode(raw).decode()}"


def _resolve(revisit: CdxjEntry, originals: dict[str, list[CdxjEntry]],
             captures: dict[str, list[CdxjEntry]]) -> tuple[CdxjEntry, str | None]:
    try:
        warc, http = read_headers(revisit.ref)
    except Exception as exc:  # noqa: BLE001 - a record the index holds but warcio refuses
        return revisit, f"revisit record unreadable ({type(exc).__name__}: {exc})"[:300]
    profile = (warc.get_header("WARC-Profile") or "").rstrip("/")
    # as warcio reads WARC-Target-URI: some tools wrap the URI in <...> (WARC 1.1's examples)
    target = (warc.get_header("WARC-Refers-To-Target-URI") or "").strip().strip("<>").strip()
    target = target.replace(" ", "%20") or None
    date = warc.get_header("WARC-Refers-To-Date")
    digest = warc.get_header("WARC-Payload-Digest")
    named = f"revisit of {target or revisit.url}" + (f" at {date}" if date else "")
    if profile.endswith(NOT_MODIFIED):
        uri, key = target or revisit.url, digest_key(digest) if digest else None
        same = [c for c in originals.get(key, []) if c.url == uri] if key not in _NOTHING else []
        return _not_modified(revisit, captures.get(uri, []), same, _timestamp(date), named)
    if not profile.endswith(IDENTICAL_PAYLOAD):
        kind = profile.rsplit("/", 1)[-1] or "no"
        return revisit, f"{named}: {kind} profile, the archives hold no body for it"
    own = http.get_statuscode() if http else ""
    mime = mime_type(http.get_header("Content-Type")) if http else None
    candidates = originals.get(digest_key(digest), []) if digest else []
    if not candidates:
        if is_redirect(http):  # all a redirect says is in its own headers: read_response
            return replace(revisit, mime=mime, status=int(own)), None
        return revisit, f"{named}: original not in the archives given"
    stamp = _timestamp(date)
    uri = target or revisit.url  # no Refers-To URI: a revisit of its own URI
    original = max(candidates, key=lambda c: (c.url == uri, c.timestamp == stamp,
                                              c.timestamp <= revisit.timestamp))
    return replace(revisit, mime=mime or original.mime,
                   status=int(own) if own.isdigit() else original.status,
                   payload=original.ref), None


def _not_modified(revisit: CdxjEntry, captures: list[CdxjEntry], same: list[CdxjEntry],
                  stamp: str | None, named: str) -> tuple[CdxjEntry, str | None]:
    """A 304 revisit: the capture of its URI (``captures``) it names by date, else one of
    them with the payload digest it names (``same``: the same body, captured at another
    time; none for the digest of no payload, which names none), else, when it names no date
    (or one no tool could read), its URI's latest capture before it; it reads as that
    response."""
    found = [c for c in captures if c.timestamp == stamp] if stamp is not None else []
    if not found:
        found = same
    if not found and stamp is None:
        found = [c for c in captures if c.timestamp <= revisit.timestamp]
    if not found:
        return revisit, f"{named}: original not in the archives given"
    original = max(found, key=lambda c: (c.timestamp, c.offset))
    return replace(revisit, mime=original.mime, status=original.status,
                   payload=original.ref), None


# the digests of no payload (a 304's own, as some crawlers write it): they name no body
_NOTHING = frozenset(f"{name}:{base64.b32encode(hashlib.new(name, b'').digest()).decode()}"
                     for name in _SIZES)


def _timestamp(date: str | None) -> str | None:
    """The 14-digit timestamp of a WARC date; None when there is none or it is no date (a
    tool's bug: the original is then found by its URI and digest alone)."""
    try:
        return iso_date_to_timestamp(date) if date else None
    except (TypeError, ValueError):
        return None


# -- a replay index's revisits, read once per run ------------------------------------------------

def resolutions_file(index: str | Path) -> Path:
    """Beside a replay index: how each of its revisits reads (``write_resolutions``)."""
    index = Path(index)
    return index.with_name(index.name + ".revisits")


def write_resolutions(index: str | Path) -> None:
    """Read every revisit of the replay ``index`` once, for all the crawls of a run (each
    would otherwise read every revisit's headers again), and keep how each reads beside it:
    one JSON line per revisit (how it reads, or that it is left unread), after a first line
    naming the index file (inode, size, modification time), so an index rewritten since is
    never read with it; a revisit it does not name (the archives moved) is read afresh."""
    index = Path(index)
    entries = list(read_index(index))
    read, _ = with_originals(entries)
    rows = [{"index": _stamp(index)}]
    for before, after in zip(entries, read, strict=True):
        if after is not before:  # a revisit read as the response it stands for
            payload = after.payload
            rows.append({"file": after.filename, "offset": after.offset, "mime": after.mime,
                         "status": after.status,
                         "payload": None if payload is None else
                         [payload.warc_file, payload.offset, payload.length]})
        elif before.mime == REVISIT:  # one left unread: named, so that none goes missing
            rows.append({"file": before.filename, "offset": before.offset, "unread": True})
    out = resolutions_file(index)
    tmp = out.with_name(out.name + ".part")
    tmp.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    os.replace(tmp, out)


def replay_entries(index: str | Path) -> list[CdxjEntry]:
    """The entries of a replay ``index``, its revisits read as responses where they can be:
    as ``write_resolutions`` kept them when its file matches the index, else by reading
    each revisit's headers (an index made elsewhere, a fanned-out worker's copy)."""
    entries = list(read_index(index))
    kept = _resolutions(Path(index))
    if kept is None or any(e.mime == REVISIT and (e.filename, e.offset) not in kept
                           for e in entries):  # (a folder moved since: its paths differ)
        return with_originals(entries)[0]
    return [e if e.mime != REVISIT or kept[(e.filename, e.offset)].get("unread")
            else _as_kept(e, kept[(e.filename, e.offset)]) for e in entries]


def _resolutions(index: Path) -> dict[tuple[str, int], dict] | None:
    try:
        lines = resolutions_file(index).read_text(encoding="utf-8").splitlines()
        if not lines or json.loads(lines[0]).get("index") != _stamp(index):
            return None
        rows = [json.loads(line) for line in lines[1:]]
        return {(row["file"], row["offset"]): row for row in rows}
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None  # none, stale or unreadable: the revisits are read again


def _stamp(index: Path) -> list[int]:
    stat = index.stat()
    return [stat.st_ino, stat.st_size, stat.st_mtime_ns]


def _as_kept(revisit: CdxjEntry, row: dict) -> CdxjEntry:
    payload = row["payload"]
    return replace(revisit, mime=row["mime"], status=row["status"],
                   payload=None if payload is None else RecordRef(*payload))
