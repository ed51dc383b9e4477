"""Whole objects in a storage (warehouse/storage.py): markers, manifests, a run's small files.

``put_text`` replaces an object whole; ``create_text`` creates one only if it is absent, for
a batch's ``_COMPLETE``, which two attempts at one batch may race to create (the first wins).
On a file system that is ``os.link`` of a written temporary file: atomic, and it fails when
the name exists, also on NFS. On S3 it is a PUT with ``If-None-Match: *`` (AWS S3, MinIO,
moto); a server that answers the condition with NotImplemented gets a check, then a PUT,
and one that ignores it lets the later PUT win instead. Either way the writer reads the
object back and takes what is there for the winner, so a batch's manifest and the files it
names still agree; what is left is a window in which a loader may fetch a manifest that is
then replaced, and load that batch once more (idempotently).
"""

from __future__ import annotations

import contextlib
import errno
import os
import uuid
from typing import Protocol

from fsspec.spec import AbstractFileSystem


class Storage(Protocol):
    """What these functions need of a storage (``warehouse.storage.Storage`` is one)."""

    fs: AbstractFileSystem

    @property
    def is_local(self) -> bool: ...

    def path(self, *parts: str) -> str: ...


def put_text(store: Storage, key: str, text: str) -> None:
    """Write the object ``key`` whole or not at all (a marker, a manifest, a run's file)."""
    target = store.path(key)
    store.fs.makedirs(target.rsplit("/", 1)[0], exist_ok=True)
    if store.is_local:
        tmp = f"{target}.{uuid.uuid4().hex[:8]}.part"
        with open(tmp, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, target)
    else:  # one PUT: the object appears whole or not at all
        store.fs.pipe_file(target, text.encode("utf-8"))


def get_text(store: Storage, key: str) -> str | None:
    """The text of the object ``key``, None when there is none."""
    try:
        return store.fs.cat_file(store.path(key)).decode("utf-8")
    except (FileNotFoundError, NotADirectoryError):
        return None


def create_text(store: Storage, key: str, text: str) -> str:
    """Create the object ``key`` holding ``text`` unless it exists; the text it holds then
    (``text`` when this call created it, another writer's when that one came first)."""
    target = store.path(key)
    store.fs.makedirs(target.rsplit("/", 1)[0], exist_ok=True)
    if store.is_local:
        create_file(target, text)
    else:
        try:  # a conditional PUT (If-None-Match: *)
            store.fs.pipe_file(target, text.encode("utf-8"), mode="create")
        except FileExistsError:
            pass
        except OSError as exc:  # a server without conditional PUTs: check, then put
            if exc.errno != errno.ENOSYS:
                raise
            if get_text(store, key) is None:
                store.fs.pipe_file(target, text.encode("utf-8"))
    held = get_text(store, key)  # the winner, whatever the server did with the condition
    if held is None:
        raise FileNotFoundError(f"{target} vanished right after it was created")
    return held


def create_file(target: str, text: str) -> None:
    """``text`` in the file ``target`` unless there is one: written under a unique name,
    then hard-linked to ``target``."""
    tmp = f"{target}.{uuid.uuid4().hex[:8]}.part"
    with open(tmp, "w", encoding="utf-8") as handle:
        handle.write(text)
    try:
        os.link(tmp, target)
    except FileExistsError:
        pass
    except OSError:  # no hard links on this file system: O_EXCL, then written in place
        with contextlib.suppress(FileExistsError), open(target, "x", encoding="utf-8") as out:
            out.write(text)
    finally:
        os.unlink(tmp)
