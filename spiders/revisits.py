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
(``spiders.warc.read_response``). The capture a revisit names may be a revisit itself (a
304 naming the day before's 304, an empty revisit naming a redirect's revisit): it is read
through that one, and so on, to the record holding the body, each one's headers applied
in turn; at most ``MAX_HOPS`` of them. A revisit whose original is elsewhere, or of
another profile, or whose chain loops, ends unread or runs longer, cannot be read; ingest
records why.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
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
    it stands for (``payload``: the record it reads through, the original or a revisit
    read as one; its own status and type, else the original's), and the revisits that
    stay unread -> why. The others are unchanged."""
    entries = list(entries)
    chains = _Chains(entries)
    out: list[CdxjEntry] = []
    unread: dict[CdxjEntry, str] = {}
    for entry in entries:
        if entry.mime == REVISIT:
            read = chains.resolve(entry)
            entry = read.entry
            if read.why is not None:
                unread[entry] = read.why
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


# Revisits read through to the record holding the body, at most: each one is one more
# record read whenever the page is replayed (a crawl sending conditional requests every day
# writes a 304 a day, each naming the day before)
MAX_HOPS = 32


@dataclass(frozen=True)
class _Step:
    """What one revisit's own headers say it reads as: ``via`` the capture it names (a
    revisit is read through), else ``fallback`` (a response holding the same body);
    ``build`` turns what it reads as into the revisit read so; ``own``: read as itself (a
    redirect's); ``why``: it cannot be read, whatever the archives hold."""

    named: str
    via: CdxjEntry | None = None
    fallback: CdxjEntry | None = None
    build: Callable[[CdxjEntry], CdxjEntry] | None = None
    own: CdxjEntry | None = None
    why: str | None = None


@dataclass(frozen=True)
class _Read:
    """How a revisit reads: ``entry`` read as a response (``hops`` revisit records down to
    the body), or left as it is with ``why``; ``root``: the failure at its chain's end."""

    entry: CdxjEntry
    why: str | None = None
    hops: int = 1
    root: str | None = None
    too_long: bool = False


def _key(entry: CdxjEntry) -> tuple[str, int]:
    return entry.filename, entry.offset


class _Chains:
    """The revisits of one index read as responses, a chain of them (a revisit naming a
    revisit) followed to its body, each read once."""

    def __init__(self, entries: list[CdxjEntry]):
        self.originals: dict[str, list[CdxjEntry]] = {}  # payload digest -> responses
        self.captures: dict[str, list[CdxjEntry]] = {}  # URI -> responses and revisits
        for entry in entries:
            if entry.mime == REVISIT:
                self.captures.setdefault(entry.url, []).append(entry)
            elif entry.status is not None:
                self.captures.setdefault(entry.url, []).append(entry)
                if entry.digest:
                    self.originals.setdefault(digest_key(entry.digest), []).append(entry)
        self.steps: dict[tuple[str, int], _Step] = {}
        self.read: dict[tuple[str, int], _Read] = {}

    def resolve(self, revisit: CdxjEntry) -> _Read:
        """How ``revisit`` reads. The revisits it leads through are walked first, without
        recursion (a chain may be as long as the archives are), then read from the far
        end back; a loop's members read by their fallback, else are left unread."""
        path: list[CdxjEntry] = []
        on_path: dict[tuple[str, int], int] = {}
        loop_from = None
        entry = revisit
        while _key(entry) not in self.read:
            if _key(entry) in on_path:
                loop_from = on_path[_key(entry)]
                break
            on_path[_key(entry)] = len(path)
            path.append(entry)
            via = self._step(entry).via
            if via is None or via.mime != REVISIT:
                break
            entry = via
        looped = set() if loop_from is None else {_key(e) for e in path[loop_from:]}
        for entry in reversed(path):
            self.read[_key(entry)] = self._settle(entry, _key(entry) in looped)
            del self.steps[_key(entry)]  # (settled: its headers are not asked again)
        return self.read[_key(revisit)]

    def _settle(self, revisit: CdxjEntry, looped: bool) -> _Read:
        step = self._step(revisit)
        if step.why is not None:
            return _Read(revisit, step.why, root=step.why)
        if step.own is not None:
            return _Read(step.own)
        assert step.via is not None and step.build is not None
        if step.via.mime != REVISIT:
            return _Read(step.build(step.via))
        if looped:
            why = f"{step.named}: it names revisits that name it back (a loop)"
            failed = _Read(revisit, why, root=why)
        else:
            target = self.read[_key(step.via)]  # read before it (the walk's far end first)
            if target.why is None and target.hops < MAX_HOPS:
                return _Read(step.build(target.entry), hops=target.hops + 1)
            if target.why is None or target.too_long:
                why = f"{step.named}: it leads through more than {MAX_HOPS} revisits"
                failed = _Read(revisit, why, root=why, too_long=True)
            else:
                failed = _Read(revisit, f"{step.named}: it names a revisit left unread "
                                        f"({target.root})", root=target.root)
        if step.fallback is not None:
            return _Read(step.build(step.fallback))
        return failed

    def _step(self, revisit: CdxjEntry) -> _Step:
        key = _key(revisit)
        if key not in self.steps:
            self.steps[key] = self._read_step(revisit)
        return self.steps[key]

    def _read_step(self, revisit: CdxjEntry) -> _Step:
        try:
            warc, http = read_headers(revisit.ref)
        except Exception as exc:  # noqa: BLE001 - a record the index holds but warcio refuses
            return _Step("", why=f"revisit record unreadable ({type(exc).__name__}: "
                                 f"{exc})"[:300])
        profile = (warc.get_header("WARC-Profile") or "").rstrip("/")
        # as warcio reads WARC-Target-URI: some tools wrap the URI in <...> (WARC 1.1's
        # examples)
        target = (warc.get_header("WARC-Refers-To-Target-URI") or "").strip().strip("<>")
        target = target.strip().replace(" ", "%20") or None
        date = warc.get_header("WARC-Refers-To-Date")
        digest = warc.get_header("WARC-Payload-Digest")
        named = f"revisit of {target or revisit.url}" + (f" at {date}" if date else "")
        uri = target or revisit.url  # no Refers-To URI: a revisit of its own URI
        stamp = _timestamp(date)
        if profile.endswith(NOT_MODIFIED):
            return _not_modified(revisit, self.captures.get(uri, []), self._same(uri, digest),
                                 stamp, named)
        if not profile.endswith(IDENTICAL_PAYLOAD):
            kind = profile.rsplit("/", 1)[-1] or "no"
            return _Step(named, why=f"{named}: {kind} profile, the archives hold no body for it")
        own = http.get_statuscode() if http else ""
        mime = mime_type(http.get_header("Content-Type")) if http else None

        def build(original: CdxjEntry) -> CdxjEntry:
            return replace(revisit, mime=mime or original.mime,
                           status=int(own) if own.isdigit() else original.status,
                           payload=original.ref)

        candidates = self.originals.get(digest_key(digest), []) if digest else []
        # the capture it names, a revisit of the same payload: what it reads as when no
        # response holds that payload, or when it has no HTTP headers of its own
        named_revisit = max((c for c in self.captures.get(uri, []) if c.mime == REVISIT
                             and c != revisit and stamp is not None and c.timestamp == stamp
                             and digest and c.digest
                             and digest_key(c.digest) == digest_key(digest)),
                            key=lambda c: c.offset, default=None)
        if not candidates:
            if is_redirect(http):  # all a redirect says is in its own headers: read_response
                return _Step(named, own=replace(revisit, mime=mime, status=int(own)))
            if named_revisit is not None:
                return _Step(named, via=named_revisit, build=build)
            return _Step(named, why=f"{named}: original not in the archives given")
        original = max(candidates, key=lambda c: (c.url == uri, c.timestamp == stamp,
                                                  c.timestamp <= revisit.timestamp))
        if named_revisit is not None and not http:
            return _Step(named, via=named_revisit, fallback=original, build=build)
        return _Step(named, via=original, build=build)

    def _same(self, uri: str, digest: str | None) -> list[CdxjEntry]:
        """The responses of ``uri`` with the payload ``digest`` (none for no digest, or the
        digest of no payload, which names none)."""
        key = digest_key(digest) if digest else None
        if key is None or key in _NOTHING:
            return []
        return [c for c in self.originals.get(key, []) if c.url == uri]


def _not_modified(revisit: CdxjEntry, captures: list[CdxjEntry], same: list[CdxjEntry],
                  stamp: str | None, named: str) -> _Step:
    """A 304 revisit: the capture of its URI (``captures``) it names by date, else one of
    them with the payload digest it names (``same``: the same body, captured at another
    time; also what it reads as when the dated one, a revisit, cannot be read), else, when
    it names no date (or one no tool could read), its URI's latest capture before it; it
    reads as that response, or as that revisit read."""

    def build(original: CdxjEntry) -> CdxjEntry:
        return replace(revisit, mime=original.mime, status=original.status,
                       payload=original.ref)

    latest = max(same, key=lambda c: (c.timestamp, c.offset), default=None)
    dated = [c for c in captures if c != revisit and c.timestamp == stamp] \
        if stamp is not None else []
    if dated:  # a response rather than a revisit of that time
        via = max(dated, key=lambda c: (c.mime != REVISIT, c.offset))
        return _Step(named, via=via, fallback=latest, build=build)
    if latest is not None:
        return _Step(named, via=latest, build=build)
    if stamp is None:
        earlier = [c for c in captures if _before(c, revisit)]
        if earlier:
            return _Step(named, via=max(earlier, key=lambda c: (c.timestamp, c.offset)),
                         build=build)
    return _Step(named, why=f"{named}: original not in the archives given")


def _before(capture: CdxjEntry, revisit: CdxjEntry) -> bool:
    """Whether ``capture`` came before ``revisit``: a response of the same second too (as
    before revisits were followed), another revisit only if strictly earlier (in time, or
    in the same file), so that two of the same second do not name each other."""
    if capture.mime != REVISIT:
        return capture.timestamp <= revisit.timestamp
    if capture.timestamp != revisit.timestamp:
        return capture.timestamp < revisit.timestamp
    return capture.filename == revisit.filename and capture.offset < revisit.offset


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
    read, unread = with_originals(entries)
    rows = [{"index": _stamp(index)}]
    for before, after in zip(entries, read, strict=True):
        if after is not before:  # a revisit read as the response it stands for
            payload = after.payload
            rows.append({"file": after.filename, "offset": after.offset, "mime": after.mime,
                         "status": after.status,
                         "payload": None if payload is None else _ref_row(payload)})
        elif before.mime == REVISIT:  # one left unread: named (none goes missing), with why
            rows.append({"file": before.filename, "offset": before.offset, "unread": True,
                         "why": unread.get(before, "left unread")})
    out = resolutions_file(index)
    tmp = out.with_name(out.name + ".part")
    tmp.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    os.replace(tmp, out)


def replay_entries(index: str | Path, unread: dict[CdxjEntry, str] | None = None
                   ) -> list[CdxjEntry]:
    """The entries of a replay ``index``, its revisits read as responses where they can be:
    as ``write_resolutions`` kept them when its file matches the index, else by reading
    each revisit's headers (an index made elsewhere, a fanned-out worker's copy). The
    revisits left unread -> why, into ``unread``."""
    entries = list(read_index(index))
    kept = _resolutions(Path(index))
    if kept is None or any(e.mime == REVISIT and _not_kept(kept.get((e.filename, e.offset)))
                           for e in entries):
        read, why = with_originals(entries)
        if unread is not None:
            unread.update(why)
        return read
    if unread is not None:
        unread.update({e: row["why"] for e in entries if e.mime == REVISIT
                       and (row := kept[(e.filename, e.offset)]).get("unread")})
    return [e if e.mime != REVISIT or kept[(e.filename, e.offset)].get("unread")
            else _as_kept(e, kept[(e.filename, e.offset)]) for e in entries]


def _not_kept(row: dict | None) -> bool:
    """Whether a revisit must be read again: the kept lines do not name it (a folder moved
    since: its paths differ), or name it unread without why (kept by an older warta)."""
    return row is None or bool(row.get("unread")) and "why" not in row


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
                   payload=None if payload is None else _row_ref(payload))


def _ref_row(ref: RecordRef) -> list:
    """A payload's place as kept: [file, offset, length], and the place of its own payload
    when it is a revisit read through in turn."""
    row: list = [ref.warc_file, ref.offset, ref.length]
    return row if ref.payload is None else [*row, _ref_row(ref.payload)]


def _row_ref(row: list) -> RecordRef:
    return RecordRef(row[0], row[1], row[2], _row_ref(row[3]) if len(row) > 3 else None)
