"""One writer at a time, across processes: an advisory lock file beside the database.

DuckDB itself refuses a second process on a file that another process writes ("Conflicting
lock is held") and fails at once; this lock turns that into waiting. Writers take it
exclusively, readers shared (DuckDB lets read-only processes share a file).
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path


class LockTimeout(TimeoutError):
    pass


@contextmanager
def file_lock(db_path: str | Path, *, exclusive: bool, timeout: float = 600.0,
              poll: float = 0.2, on_wait: Callable[[str], None] | None = None
              ) -> Iterator[None]:
    """Hold the lock file beside ``db_path``; ``on_wait`` is told once, in one line, when
    another warta process holds it and this one starts waiting."""
    lock_path = Path(f"{db_path}.lock")
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    mode = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
    deadline = time.monotonic() + timeout
    try:
        while True:
            try:
                fcntl.flock(fd, mode | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if on_wait is not None:
                    on_wait(f"warehouse {db_path} is in use by another warta process (a load "
                            f"or an update): waiting up to {timeout:.0f} s for it")
                    on_wait = None
                if time.monotonic() > deadline:
                    raise LockTimeout(
                        f"{lock_path} held by another warta process for over {timeout:.0f}s"
                    ) from None
                time.sleep(poll)
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock
