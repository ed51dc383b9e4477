"""Shared storage: where several hosts leave web archives and staged batches for one loader.

The storage root is ``$WARTA_STORAGE``: a path (a shared mount), ``file://...``, or
``s3://bucket/prefix`` (through fsspec and s3fs; credentials from the standard AWS
variables, the endpoint of an S3-compatible server from ``$WARTA_S3_ENDPOINT_URL`` or
``$AWS_ENDPOINT_URL``). Unset, it is the local data folder and nothing is copied anywhere.

The root has the data folder's layout::

    warc/<run_id>/*.warc.gz, *.cdxj        archives, as the crawl wrote them
    staging/<batch>/<attempt>/<outlet>/*.jsonl   the files one attempt published
    staging/<batch>/_COMPLETE              the batch manifest, naming its attempt
    staging/<batch>/_LOADED                written by the loader once the batch is loaded
    staging/<run_id>/run.json              a fanned-out run (flows/batches.py): its record,
    staging/<run_id>/<batch>/...           and its batches, each with the same two markers

This module owns the batch protocol, whether the root is the local data folder (a batch
folder is sealed with its ``_COMPLETE`` and renamed into place) or a shared storage.
In a storage, each attempt at a batch (a run thought dead may still finish after its
retry did) uploads its files under its own prefix, then creates ``_COMPLETE`` only if
there is none (warehouse/objects.py): the first attempt wins, and its manifest names the
prefix the loader reads. A losing attempt removes its files; they are never read. A writer
killed mid-upload leaves files no manifest names. Markers are never deleted to publish
again. Batches published before prefixes (a manifest without ``prefix``) are still read.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import fsspec
from fsspec.spec import AbstractFileSystem

# whole objects (markers, manifests), read and written as storage.get_text etc. elsewhere too
from warehouse.objects import create_text, get_text, put_text

STORAGE_ENV = "WARTA_STORAGE"
ENDPOINT_ENV = "WARTA_S3_ENDPOINT_URL"
COMPLETE = "_COMPLETE"
LOADED = "_LOADED"
# What the loader reads of a run folder (warehouse.load.KINDS); logs and indexes stay local.
BATCH_KINDS = ("pages", "articles", "rejects", "events")


class IncompleteBatch(RuntimeError):
    """A batch whose files do not match its manifest (missing, other size or digest)."""


def unreachable(exc: BaseException) -> bool:
    """A storage or folder that cannot be reached, read or written: an OSError (s3fs turns
    the answers of S3 into those), or botocore's own errors (no credentials, an endpoint
    that does not answer)."""
    module = type(exc).__module__ or ""
    return isinstance(exc, OSError) or module.split(".")[0] in ("botocore", "aiobotocore")


class ArchiveConflict(FileExistsError):
    """An archive name the store already holds with another size: another writer's archive,
    which is never overwritten."""


@dataclass(frozen=True)
class Storage:
    """A storage root: its URL as given, its file system and the root path inside it."""

    url: str
    fs: AbstractFileSystem
    root: str

    def path(self, *parts: str) -> str:
        return "/".join([self.root.rstrip("/"), *(p.strip("/") for p in parts)])

    @property
    def is_local(self) -> bool:
        return "file" in _protocols(self.fs)


def _protocols(fs: AbstractFileSystem) -> tuple[str, ...]:
    protocol = fs.protocol
    return (protocol,) if isinstance(protocol, str) else tuple(protocol)


def storage_options(url: str) -> dict[str, Any]:
    """fsspec options for ``url``: for s3://, the endpoint of an S3-compatible server (the
    keys, region and profile come from the standard AWS variables, read by botocore)."""
    if not url.startswith(("s3://", "s3a://")):
        return {}
    options: dict[str, Any] = {"use_listings_cache": False}  # other hosts write here too
    endpoint = os.environ.get(ENDPOINT_ENV) or os.environ.get("AWS_ENDPOINT_URL")
    if endpoint:
        options["endpoint_url"] = endpoint
    return options


def open_storage(url: str | os.PathLike[str]) -> Storage:
    """The storage at ``url`` (a path, file:// or s3://bucket/prefix)."""
    url = str(url)
    fs, root = fsspec.core.url_to_fs(url, **storage_options(url))
    if "file" in _protocols(fs):
        root = str(Path(root).resolve())
    return Storage(url, fs, root)


def storage_url(data_dir: str | os.PathLike[str]) -> str:
    """The configured storage root: ``$WARTA_STORAGE``, else the local data folder."""
    return os.environ.get(STORAGE_ENV) or str(data_dir)


def shared_storage(data_dir: str | os.PathLike[str]) -> Storage | None:
    """The storage root when it is somewhere other than the local data folder, else None
    (one machine, nothing to publish)."""
    store = open_storage(storage_url(data_dir))
    if store.is_local and Path(store.root) == Path(data_dir).resolve():
        return None
    return store


# --- publishing -----------------------------------------------------------------------


def batch_files(run_dir: str | Path) -> list[Path]:
    """The staged files of a run folder the loader reads, in a stable order."""
    run_dir = Path(run_dir)
    return sorted({p for kind in BATCH_KINDS for p in run_dir.glob(f"**/*{kind}*.jsonl")
                   if p.is_file()})


def _digest(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def _upload(store: Storage, local: Path, target: str, *, once: bool = False) -> None:
    """Copy one file up; ``once`` (an archive: closed, it never changes): not when an
    object of its size is already there (a retried publish sends only what is missing),
    and never over one of another size (``ArchiveConflict``)."""
    if once and store.fs.exists(target):
        if store.fs.size(target) == local.stat().st_size:
            return
        raise ArchiveConflict(f"{target} is in the store with another size than {local}: "
                              "another writer's archive of that name, not overwritten")
    store.fs.makedirs(target.rsplit("/", 1)[0], exist_ok=True)
    if store.is_local:  # a copy killed midway must not leave a short archive by its name
        tmp = f"{target}.{uuid.uuid4().hex[:8]}.part"
        store.fs.put_file(str(local), tmp)
        os.replace(tmp, target)
    else:  # one PUT (or a multipart upload): the object appears whole or not at all
        store.fs.put_file(str(local), target)


def publish_warcs(store: Storage, warc_dir: str | Path, run_id: str,
                  tag: str | None = None) -> list[str]:
    """Upload a run's closed WARC files and their CDXJ indexes to ``warc/<run_id>/``
    (files still being written, ``*.open``, are not archives yet); with ``tag``, only the
    files of the writer whose names carry it (``warta-<outlet>-<run_id>-<tag>...``). Their
    storage paths. An archive is never overwritten (``ArchiveConflict``)."""
    warc_dir = Path(warc_dir)
    if not warc_dir.is_dir():
        return []
    published = []
    for local in sorted(warc_dir.iterdir()):
        if (local.is_file() and local.name.endswith((".warc.gz", ".warc", ".cdxj"))
                and (tag is None or f"-{run_id}-{tag}" in local.name)):
            target = store.path("warc", run_id, local.name)
            _upload(store, local, target, once=True)
            published.append(target)
    return published


def manifest_of(local_dir: str | Path, **fields: Any) -> dict[str, Any]:
    """A batch manifest: ``fields`` and the size and SHA-256 of every staged file of
    ``local_dir`` the loader reads (names relative to it)."""
    local_dir = Path(local_dir)
    files = {local.relative_to(local_dir).as_posix(): {"size": local.stat().st_size,
                                                     "sha256": _digest(local)}
             for local in batch_files(local_dir)}
    return {**fields, "files": files}


def seal(local_dir: str | Path, **fields: Any) -> dict[str, Any]:
    """Write a local batch folder's ``_COMPLETE`` manifest (atomically), for a batch that is
    then renamed into place on the same file system; the manifest."""
    manifest = manifest_of(local_dir, **fields)
    target = Path(local_dir) / COMPLETE
    tmp = target.with_name(target.name + ".part")
    tmp.write_text(json.dumps(manifest, default=str), encoding="utf-8")
    os.replace(tmp, target)
    return manifest


def published_key(batch: str, manifest: dict[str, Any], name: str) -> str:
    """Where the file ``name`` of a complete batch is: under the prefix of the attempt its
    manifest names (directly under the batch for a batch published before prefixes)."""
    prefix = manifest.get("prefix")
    return "/".join(("staging", batch, *([prefix] if prefix else []), name))


def publish_files(store: Storage, local_dir: str | Path, key: str,
                  attempt: str | None = None, **fields: Any) -> dict[str, Any]:
    """Publish a local folder's staged files as the batch ``key`` (a batch, or
    ``<run_id>/<batch>`` for one batch of a fanned-out run), unless an attempt did first:
    the files go to ``staging/<key>/attempt-<attempt>/`` (default: a new id), then
    ``_COMPLETE`` (``fields``, that prefix, every file's size and digest) is created if
    absent. The batch's manifest: this attempt's, or the first one's, in which case this
    attempt's files are removed. A batch is published once; its markers stay."""
    if (done := get_text(store, f"staging/{key}/{COMPLETE}")) is not None:
        return json.loads(done)  # an earlier attempt's: nothing to send
    prefix = f"attempt-{attempt or uuid.uuid4().hex[:8]}"
    manifest = manifest_of(local_dir, **fields, prefix=prefix)
    for name in manifest["files"]:
        _upload(store, Path(local_dir) / name, store.path(published_key(key, manifest, name)))
    sealed = json.loads(create_text(store, f"staging/{key}/{COMPLETE}",
                                    json.dumps(manifest, default=str)))
    if sealed.get("prefix") != prefix:  # another attempt sealed it first
        with contextlib.suppress(FileNotFoundError):
            store.fs.rm(store.path("staging", key, prefix), recursive=True)
    return sealed


def publish_batch(store: Storage, run_dir: str | Path, run: dict[str, Any],
                  outlets: list[dict[str, Any]] | None = None, batch: str | None = None,
                  warcs: list[str] | None = None) -> str:
    """Upload a run folder's staged files as batch ``batch`` (default: the folder's name),
    then its manifest: the run record and outlets the loader needs, and every file's size
    and digest."""
    batch = batch or Path(run_dir).name
    publish_files(store, run_dir, batch, batch=batch, run=run, outlets=outlets,
                  warcs=[w.rsplit("/", 1)[1] for w in warcs or []])
    return batch


def publish_run(store: Storage, run_dir: str | Path, warc_dir: str | Path,
                run: dict[str, Any], outlets: list[dict[str, Any]] | None = None,
                batch: str | None = None) -> str:
    """A run's archives, then its staged batch: a batch is complete only once the
    archives its pages point to are in the store. Published again (a retried load), the
    batch already there stays as it is."""
    warcs = publish_warcs(store, warc_dir, run["run_id"])
    return publish_batch(store, run_dir, run, outlets, batch=batch, warcs=warcs)


# --- the loader's side ------------------------------------------------------------------


def complete_batches(store: Storage, include_loaded: bool = False) -> list[str]:
    """Names of the complete batches (not yet loaded, unless ``include_loaded``), sorted:
    run ids start with their time, so the oldest first."""
    store.fs.invalidate_cache()
    staging = store.path("staging")
    if not store.fs.exists(staging):
        return []
    names = []
    for entry in store.fs.ls(staging, detail=False):
        name = entry.rstrip("/").rsplit("/", 1)[-1]
        base = store.path("staging", name)
        if store.fs.exists(f"{base}/{COMPLETE}") and (
                include_loaded or not store.fs.exists(f"{base}/{LOADED}")):
            names.append(name)
    return sorted(names)


def read_manifest(store: Storage, batch: str) -> dict[str, Any]:
    return json.loads(store.fs.cat_file(store.path("staging", batch, COMPLETE)))


def fetch_batch(store: Storage, batch: str, dest: str | Path) -> tuple[Path, dict[str, Any]]:
    """Download a complete batch's files into ``dest`` (replaced), checked against its
    manifest; (the local folder to load, the manifest)."""
    manifest = read_manifest(store, batch)
    dest = Path(dest)
    shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir(parents=True)
    for name, expected in manifest["files"].items():
        local = dest / name
        local.parent.mkdir(parents=True, exist_ok=True)
        try:
            store.fs.get_file(store.path(published_key(batch, manifest, name)), str(local))
        except FileNotFoundError:
            raise IncompleteBatch(f"batch {batch}: {name} is missing") from None
        if local.stat().st_size != expected["size"] or _digest(local) != expected["sha256"]:
            raise IncompleteBatch(f"batch {batch}: {name} differs from its manifest")
    return dest, manifest


def mark_loaded(store: Storage, batch: str, report: dict[str, Any] | None = None) -> None:
    """Record in the store that the loader has committed ``batch``, and remove the files of
    attempts that never sealed it (one killed between its upload and ``_COMPLETE``): they
    were never read and nothing else would ever remove them."""
    put_text(store, f"staging/{batch}/{LOADED}", json.dumps(report or {}, default=str))
    sealed = read_manifest(store, batch).get("prefix")
    if not sealed:
        return  # a batch published before attempt prefixes
    for entry in store.fs.ls(store.path("staging", batch), detail=False):
        name = entry.rstrip("/").rsplit("/", 1)[-1]
        if name.startswith("attempt-") and name != sealed:
            with contextlib.suppress(FileNotFoundError):
                store.fs.rm(entry, recursive=True)


def mark_run_loaded(store: Storage, run_dir: str | Path,
                    report: dict[str, Any] | None = None) -> list[str]:
    """Mark loaded what a local run folder just loaded holds of the store: the run's batch,
    or, for a fanned-out run, each of its batches complete there; the batches marked."""
    run = Path(run_dir).name
    keys = [run] if store.fs.exists(store.path("staging", run, COMPLETE)) else [
        f"{run}/{sub.name}" for sub in sorted(Path(run_dir).iterdir()) if sub.is_dir()
        and store.fs.exists(store.path("staging", run, sub.name, COMPLETE))]
    for key in keys:
        mark_loaded(store, key, report)
    return keys


# --- archives ---------------------------------------------------------------------------


def archive_key(warc_file: str) -> str:
    """Where a crawl's archive file lives under the root: ``warc/<run_id>/<name>`` (a crawl
    writes it to ``<data>/warc/<run_id>/<name>``, whichever host's data folder that was)."""
    parts = Path(warc_file).parts
    return "/".join(("warc", *parts[-2:]))


def download(store: Storage, key: str, local: str | Path) -> str | None:
    """The object ``key`` of the store at ``local`` (downloaded once, atomically); None
    when the store does not have it."""
    local = Path(local)
    if local.exists():
        return str(local)
    source = store.path(key)
    if not store.fs.exists(source):
        return None
    local.parent.mkdir(parents=True, exist_ok=True)
    tmp = local.with_name(local.name + ".part")
    store.fs.get_file(source, str(tmp))
    os.replace(tmp, local)
    return str(local)


def cached_copy(store: Storage, key: str, cache_dir: str | Path) -> str | None:
    """A local copy of the object ``key`` under ``cache_dir``. Archives are read at many
    offsets, so one whole copy beats a ranged request per record."""
    return download(store, key, Path(cache_dir) / key)


def local_archive(warc_file: str, store: Storage | None, cache_dir: str | Path) -> str | None:
    """A readable local path for an archive file named in the warehouse: the file itself
    when this host has it, else a cached copy from the store; None when neither has it."""
    if "://" not in warc_file and Path(warc_file).exists():
        return warc_file
    if store is None:
        return None
    return cached_copy(store, archive_key(warc_file), cache_dir)


def local_copies(paths: list[str], cache_dir: str | Path) -> list[str]:
    """Archive arguments with URLs (``s3://...``, ``file://...``; globs allowed) replaced by
    cached local copies (under ``cache_dir/remote/<digest of the folder>/``); plain paths
    are kept as given. Raises FileNotFoundError for a URL that matches nothing."""
    out: list[str] = []
    for given in paths:
        if "://" not in given:
            out.append(given)
            continue
        fs, pattern = fsspec.core.url_to_fs(given, **storage_options(given))
        matches = sorted(fs.glob(pattern)) if fsspec.core.has_magic(pattern) else [pattern]
        if not matches:
            raise FileNotFoundError(given)
        for match in matches:
            folder, name = match.rsplit("/", 1)
            store = Storage(given, fs, folder)
            tag = hashlib.sha256(f"{given.split('://')[0]}://{folder}".encode()).hexdigest()
            copy = download(store, name, Path(cache_dir) / "remote" / tag[:12] / name)
            if copy is None:
                raise FileNotFoundError(given)
            out.append(copy)
    return out
