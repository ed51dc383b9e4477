"""Which failures pass with time (transient: worth a retry) and which do not (permanent).

A retry only helps when the cause can go away on its own: a network timeout, a dropped
connection, a resource briefly unavailable (EAGAIN, EBUSY), DuckDB out of memory or in a
write conflict, another program's lock, a loader process killed mid-run (the load is one
transaction). Bad input, a missing or corrupt file, a file that is not a DuckDB database,
schema and constraint errors, an unknown outlet or a bug fail the same way every time:
retrying them only delays the error and buries it under repeated tracebacks.

An exception class can say which it is with a ``transient`` class attribute (True or False);
otherwise ``is_transient`` decides by type, errno and DuckDB's message. Anything it does not
know is permanent: retries are for the causes known to pass.
"""

from __future__ import annotations

import errno
import subprocess

import duckdb

# errno values of an OS error that passes: try again, busy, interrupted, network trouble,
# temporarily out of descriptors or buffers.
TRANSIENT_ERRNOS = frozenset({
    errno.EAGAIN, errno.EWOULDBLOCK, errno.EINTR, errno.EBUSY, errno.ETIMEDOUT,
    errno.ECONNRESET, errno.ECONNREFUSED, errno.ECONNABORTED, errno.EPIPE, errno.ENETDOWN,
    errno.ENETUNREACH, errno.ENETRESET, errno.EHOSTUNREACH, errno.EHOSTDOWN, errno.EMFILE,
    errno.ENFILE, errno.ENOBUFS, errno.ENOMEM,
})
# DuckDB raises IOException for a lock held elsewhere and for disk trouble (transient) but
# also for these, which do not pass.
PERMANENT_IO_MESSAGES = ("not a valid duckdb database file", "no such file",
                         "permission denied", "read-only file system", "is a directory",
                         "not a directory", "corrupt", "checksum")
TRANSIENT_DUCKDB = (duckdb.OutOfMemoryException, duckdb.TransactionException,
                    duckdb.InterruptException, duckdb.HTTPException)


def _passing_errors() -> tuple[type[BaseException], ...]:
    """Timeouts, dropped connections, memory short for now, and httpx's network errors."""
    passing: tuple[type[BaseException], ...] = (
        TimeoutError, ConnectionError, subprocess.TimeoutExpired, MemoryError)
    try:  # httpx is Prefect's HTTP client; warta itself does not need it
        import httpx
    except ImportError:
        return passing
    return (*passing, httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


def is_transient(exc: BaseException) -> bool:
    """True when the same call may succeed if tried again a little later."""
    declared = getattr(type(exc), "transient", None)
    if isinstance(declared, bool):
        return declared
    if isinstance(exc, TRANSIENT_DUCKDB):
        return True
    if isinstance(exc, duckdb.IOException):
        message = str(exc).lower()
        return not any(m in message for m in PERMANENT_IO_MESSAGES)
    if isinstance(exc, duckdb.Error):  # catalog, constraint, binder, conversion, corrupt...
        return "out of memory" in str(exc).lower()
    if isinstance(exc, _passing_errors()):
        return True
    if isinstance(exc, OSError):  # missing file, permissions, bad gzip, disk full: permanent
        return exc.errno in TRANSIENT_ERRNOS
    return False


def describe(exc: BaseException) -> str:
    """One line: the exception's type and the first line of its message."""
    first = (str(exc).strip().splitlines() or [""])[0]
    return f"{type(exc).__name__}: {first}" if first else type(exc).__name__


__all__ = ["PERMANENT_IO_MESSAGES", "TRANSIENT_ERRNOS", "describe", "is_transient"]
