"""A run's processes live and die together: Ctrl-C stops it in seconds, kill -9 leaves nothing.

A run starts processes of its own (a temporary Prefect server, one Scrapy process per outlet,
extraction workers, the loader). Left alone, they outlive a killed ``warta`` by minutes (a
crawl kept crawling, the temporary server lived on), and Ctrl-C unwound Prefect's threads
for minutes with hundreds of lines of tracebacks.

``supervised(work)`` runs ``work`` in a forked child that leads a process group of its own;
everything the run starts belongs to that group. The parent only waits and forwards:

* Ctrl-C or SIGTERM to the parent: SIGTERM to the group (Scrapy stops gracefully and closes
  its archive), SIGKILL to what is left after ``GRACE`` seconds, then one line saying what
  was kept, exit status 130;
* the parent killed outright (kill -9): a watchdog thread in the child sees its parent gone
  (within ``POLL`` seconds) and stops the group the same way. A thread, not the kernel's
  parent-death signal: Prefect installs its own SIGTERM handler inside a flow run.

Nothing is loaded by an interrupted run; what it archived stays on disk for ``warta ingest``.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections.abc import Callable

GRACE = 8.0  # seconds between SIGTERM and SIGKILL for the run's processes
POLL = 0.5  # seconds between the child's looks at its parent


def _die_with_parent(parent: int) -> None:
    """Stop the whole group as soon as ``parent`` is gone (runs in a daemon thread)."""
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(POLL)
        stop_group()
    threading.Thread(target=watch, name="warta-lifeline", daemon=True).start()


def stop_group(grace: float = GRACE) -> None:
    """Stop every process of this process group, then this one (called in the child)."""
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
    _terminate_others()
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            break  # no children left
        if pid == 0:
            time.sleep(0.1)
    try:
        os.killpg(0, signal.SIGKILL)  # includes this process: nothing survives the grace
    finally:
        os._exit(143)


def _terminate_others() -> None:
    """SIGTERM to every other member of this process group (not to this process: inside a
    flow run Prefect's own SIGTERM handler would unwind it before the group is stopped)."""
    me, group = os.getpid(), os.getpgid(0)
    proc = "/proc"
    if not os.path.isdir(proc):
        os.killpg(0, signal.SIGTERM)  # no /proc: the whole group, this process included
        return
    for name in os.listdir(proc):
        if not name.isdigit() or int(name) == me:
            continue
        try:
            with open(f"{proc}/{name}/stat", encoding="utf-8") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
            if int(fields[2]) == group:
                os.kill(int(name), signal.SIGTERM)
        except (OSError, IndexError, ValueError):
            continue  # gone meanwhile, or not ours to signal


def _on_term(signum: int, frame: object) -> None:
    stop_group()


def supervised(work: Callable[[], int], *, kept: Callable[[float], str],
               grace: float = GRACE) -> int:
    """Run ``work`` (returning an exit status) as described in the module docstring."""
    if not hasattr(os, "fork") or not _real_stdio():
        return work()
    parent, started = os.getpid(), time.time()
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:  # the child: the run itself
        code = 1
        try:
            os.setpgid(0, 0)
            signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides
            signal.signal(signal.SIGTERM, _on_term)
            _die_with_parent(parent)
            code = work()
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        except BaseException:  # noqa: BLE001 - report and exit, never unwind into the parent
            import traceback

            traceback.print_exc()
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            # os._exit skips Prefect's atexit clean-up: its temporary server (started in
            # this group) outlived every finished run, holding the caller's pipes open
            _terminate_others()
            os._exit(code)
    try:
        os.setpgid(pid, pid)  # also from here: no race with a signal before the child's call
    except (PermissionError, ProcessLookupError):
        pass
    interrupted: list[int] = []

    def forward(signum: int, frame: object) -> None:
        if not interrupted:
            interrupted.append(signum)
            try:
                os.killpg(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass

    previous = {s: signal.signal(s, forward) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        deadline = None
        while True:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                break
            if interrupted and deadline is None:
                deadline = time.monotonic() + grace + 2
            if deadline is not None and time.monotonic() > deadline:
                try:
                    os.killpg(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
            time.sleep(0.05)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    if interrupted:
        print(f"interrupted after {time.time() - started:.0f} s: {kept(started)}",
              file=sys.stderr)
        return 130
    return os.waitstatus_to_exitcode(status)


def _real_stdio() -> bool:
    """Only a real process forks: an in-process test runner's captured stdout would be lost."""
    try:
        sys.stdout.fileno()
        sys.stderr.fileno()
    except (AttributeError, OSError, ValueError):
        return False
    return True
