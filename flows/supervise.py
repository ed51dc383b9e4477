"""A run's processes live and die together: Ctrl-C stops it in seconds, kill -9 leaves nothing.

A run starts processes of its own (a temporary Prefect server, one Scrapy process per outlet,
extraction workers, the loader). Left alone, they outlive a killed ``warta`` by minutes (a
crawl kept crawling, the temporary server lived on), and Ctrl-C unwound Prefect's threads
for minutes with hundreds of lines of tracebacks.

``supervised(work)`` runs ``work`` in a forked child that leads a process group of its own;
everything the run starts belongs to that group. The parent only waits and forwards:

* Ctrl-C or SIGTERM to the parent: ``QUIET`` to the child, which silences its own output
  (what the run's threads say while they are torn down, Prefect's crash report and its
  failed calls to a server already stopped, is noise after Ctrl-C) and sends SIGTERM to the
  group (each crawl keeps what it fetched: spiders/stopping.py); SIGTERM to the group from
  the parent itself if the child has not within ``QUIET_WAIT`` seconds, SIGKILL to what is
  left after ``GRACE`` seconds, then one line saying what was kept, exit status 130;
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
QUIET = signal.SIGUSR1  # parent to child: go quiet, then stop the group
QUIET_WAIT = 1.0  # seconds the parent leaves the child to stop the group itself


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
    _reap_children(grace)
    try:
        os.killpg(0, signal.SIGKILL)  # includes this process: nothing survives the grace
    finally:
        os._exit(143)


def _terminate_others(signum: int = signal.SIGTERM) -> None:
    """SIGTERM (``signum``) to every other member of this process group (not to this
    process: inside a flow run Prefect's own SIGTERM handler would unwind it before the
    group is stopped)."""
    me, group = os.getpid(), os.getpgid(0)
    proc = "/proc"
    if not os.path.isdir(proc):
        if signum == signal.SIGTERM:
            os.killpg(0, signal.SIGTERM)  # no /proc: the whole group, this process included
        return
    for name in os.listdir(proc):
        if not name.isdigit() or int(name) == me:
            continue
        try:
            with open(f"{proc}/{name}/stat", encoding="utf-8") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
            if int(fields[2]) == group:
                os.kill(int(name), signum)
        except (OSError, IndexError, ValueError):
            continue  # gone meanwhile, or not ours to signal


def _stop_others(grace: float) -> None:
    """Stop the rest of the group at the run's end and wait for it: SIGTERM, then its
    children reaped for up to ``grace`` seconds, then SIGKILL to whatever is left. Without
    the wait the command could return while the temporary Prefect server was still shutting
    down (seen on a loaded machine)."""
    _terminate_others()
    if not _reap_children(grace):
        _terminate_others(signal.SIGKILL)


def _reap_children(grace: float) -> bool:
    """Reap this process's children as they end, for up to ``grace`` seconds: whether none
    is left."""
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return True
        if pid == 0:
            time.sleep(0.1)
    return False


def _on_term(signum: int, frame: object) -> None:
    stop_group()


def _on_quiet(signum: int, frame: object) -> None:
    """The run was interrupted: nothing this process (or a thread of it) writes from now on
    reaches the terminal; then the group, this process included, is sent SIGTERM."""
    for stream in (sys.stdout, sys.stderr):
        try:  # the handler may interrupt a write of the same stream: then it is not flushed
            stream.flush()
        except (OSError, RuntimeError, ValueError):
            pass
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    os.close(devnull)
    os.killpg(0, signal.SIGTERM)


def supervised(work: Callable[[], int], *, kept: Callable[[float], str],
               grace: float = GRACE) -> int:
    """Run ``work`` (returning an exit status) as described in the module docstring."""
    if not hasattr(os, "fork") or not _real_stdio():
        return work()
    parent, started = os.getpid(), time.time()
    sys.stdout.flush()
    sys.stderr.flush()
    # QUIET stays blocked in the child until its handler is in place: sent earlier, it
    # would end the child before the child could stop the group
    blocked = signal.pthread_sigmask(signal.SIG_BLOCK, {QUIET})
    pid = os.fork()
    if pid == 0:  # the child: the run itself
        code = 1
        try:
            os.setpgid(0, 0)
            signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides
            signal.signal(signal.SIGTERM, _on_term)
            signal.signal(QUIET, _on_quiet)
            signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
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
            _stop_others(grace)
            os._exit(code)
    signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
    try:
        os.setpgid(pid, pid)  # also from here: no race with a signal before the child's call
    except (PermissionError, ProcessLookupError):
        pass
    interrupted: list[int] = []

    def forward(signum: int, frame: object) -> None:
        if not interrupted:
            interrupted.append(signum)
            _signal(pid, QUIET, group=False)

    previous = {s: signal.signal(s, forward) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        deadline = term_at = None
        while True:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                break
            if interrupted and deadline is None:
                term_at = time.monotonic() + QUIET_WAIT
                deadline = time.monotonic() + QUIET_WAIT + grace + 2
            if term_at is not None and time.monotonic() > term_at:
                _signal(pid, signal.SIGTERM)  # the child did not stop the group itself
                term_at = None
            if deadline is not None and time.monotonic() > deadline:
                _signal(pid, signal.SIGKILL)
            time.sleep(0.05)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    if interrupted:
        print(f"interrupted after {time.time() - started:.0f} s: {kept(started)}",
              file=sys.stderr)
        return 130
    return os.waitstatus_to_exitcode(status)


def _signal(pid: int, signum: int, group: bool = True) -> None:
    """Send ``signum`` to the process group led by ``pid`` (or to ``pid`` alone)."""
    try:
        (os.killpg if group else os.kill)(pid, signum)
    except ProcessLookupError:
        pass


def _real_stdio() -> bool:
    """Only a real process forks: an in-process test runner's captured stdout would be lost."""
    try:
        sys.stdout.fileno()
        sys.stderr.fileno()
    except (AttributeError, OSError, ValueError):
        return False
    return True
