"""One vs two Prefect workers: a backfill of the synthetic archive fanned out over a process
work pool (issue 17), wall time and CPU.

    python bench/scale_out.py [--pages 20000] [--workers 1 2] [--extract-workers 2]

Builds the archive (bench/make_archive.py, seed 7) if missing, starts a Prefect server on
127.0.0.1 at a free port, the ``warta-process`` pool and the deployments of prefect.yaml,
then for each worker count: that many ``prefect worker start --limit 1`` processes (each one
flow run at a time, standing for one host), and a backfill of every outlet with
``fan_out="deployments"`` into a fresh warehouse and data directory. Wall time is the
backfill's, from its process start to its end (crawl-outlet runs, the load, publishing);
CPU is user+system of the backfill process, the workers and everything they ran (their
flow runs, crawls, extraction processes, loader), not the server's. Articles loaded are
checked equal between the runs. ``--workers 0`` adds the default in-process run (no
fan-out) for reference. Every process started is stopped by its id at the end.

One machine only says whether the fan-out costs or scales where cores are free: on a host
whose cores are already busy, two workers cannot beat one. Say how many cores were free
with the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PREFECT = str(Path(sys.executable).parent / "prefect")
BACKFILL = """
import json, sys
from flows.backfill import backfill
print(json.dumps(backfill(**json.loads(sys.argv[1])), default=str))
"""


def archive_for(pages: int) -> Path:
    path = ROOT / "bench" / "data" / f"archive-{pages}-s7.warc.gz"
    if not path.exists():
        subprocess.run([sys.executable, str(ROOT / "bench" / "make_archive.py"), "--pages",
                        str(pages), "--out", str(path)], check=True)
    return path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_healthy(url: str, seconds: float = 180) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise TimeoutError(f"Prefect server not healthy at {url}")


def start(cmd: list[str], env: dict, cwd: Path, log: Path) -> subprocess.Popen:
    return subprocess.Popen(cmd, env=env, cwd=cwd, stdout=open(log, "w"),
                            stderr=subprocess.STDOUT, start_new_session=True)


def stop(proc: subprocess.Popen, seconds: float = 20) -> None:
    """SIGINT to the process group, SIGKILL when it does not end in ``seconds``."""
    for sig, wait in ((signal.SIGINT, seconds), (signal.SIGKILL, 10)):
        if proc.poll() is not None:
            return
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            return
        try:
            proc.wait(wait)
        except subprocess.TimeoutExpired:
            continue


def cpu_of_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def articles(db: Path) -> int:
    sys.path.insert(0, str(ROOT))
    from warehouse.db import reader

    with reader(db) as con:
        return con.execute("SELECT count(*) FROM articles").fetchone()[0]


def one_run(count: int, archive: Path, env: dict, work: Path, extract_workers: int) -> dict:
    """A fanned-out backfill over ``count`` workers (0: the default, in the backfill's own
    process): wall s, CPU s, articles."""
    run_dir = work / f"workers-{count}"
    run_dir.mkdir()
    workers = []
    for n in range(count):
        (run_dir / f"w{n}").mkdir()
        workers.append(start([PREFECT, "worker", "start", "--pool", "warta-process", "--type",
                              "process", "--name", f"bench-{count}-{n}", "--limit", "1"],
                             env, run_dir / f"w{n}", run_dir / f"w{n}.log"))
    cpu = cpu_of_children()
    params = {"since": "2024-01-01", "max_pages": 100000, "replay": [str(archive)],
              "db_path": str(run_dir / "warta.duckdb"), "data_dir": str(run_dir / "data"),
              "workers": extract_workers, "fan_out": "deployments" if count else "local"}
    wall = time.perf_counter()
    try:
        done = subprocess.run([sys.executable, "-c", BACKFILL, json.dumps(params)], env=env,
                              cwd=run_dir, capture_output=True, text=True, check=False)
        wall = time.perf_counter() - wall
    finally:
        for worker in workers:
            stop(worker)  # waited for: their CPU (and their flow runs') is counted now
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-3000:])
    summary = json.loads(done.stdout.strip().splitlines()[-1])
    return {"workers": count, "wall_s": round(wall, 1),
            "cpu_s": round(cpu_of_children() - cpu, 1), "status": summary["status"],
            "articles": articles(run_dir / "warta.duckdb")}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=20000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2],
                        help="worker counts to run; 0 is the default in-process run")
    parser.add_argument("--extract-workers", type=int, default=2,
                        help="extraction processes per crawl-outlet run")
    args = parser.parse_args()
    archive = archive_for(args.pages)
    work = Path(tempfile.mkdtemp(prefix="warta-scale-out-"))
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "WARTA_HOME": str(ROOT),
           "PREFECT_HOME": str(work / "prefect-home"),
           "PREFECT_API_URL": f"http://127.0.0.1:{port}/api",
           "PREFECT_SERVER_API_HOST": "127.0.0.1", "PREFECT_SERVER_API_PORT": str(port),
           "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "PREFECT_UI_ENABLED": "false",
           "PREFECT_WORKER_QUERY_SECONDS": "2", "PREFECT_LOGGING_LEVEL": "WARNING",
           "WARTA_SCRAPY_LOG_LEVEL": "WARNING"}
    load_before = os.getloadavg()[0]
    server = start([PREFECT, "server", "start"], env, work, work / "server.log")
    results = []
    try:
        wait_healthy(f"{env['PREFECT_API_URL']}/health")
        subprocess.run([PREFECT, "work-pool", "create", "warta-process", "--type", "process"],
                       env=env, check=True, capture_output=True)
        subprocess.run([PREFECT, "--no-prompt", "deploy", "--all"], env=env, cwd=ROOT,
                       check=True, capture_output=True)
        for count in args.workers:
            results.append(one_run(count, archive, env, work, args.extract_workers))
            print(json.dumps(results[-1]), flush=True)
    finally:
        stop(server)
    print(f"\n{args.pages} pages, {os.cpu_count()} cores, load average before "
          f"{load_before:.1f}; work directory {work}")
    print("| workers | wall s | CPU s | articles |\n| --- | --- | --- | --- |")
    for r in results:
        print(f"| {r['workers']} | {r['wall_s']} | {r['cpu_s']} | {r['articles']} |")
    if len({r["articles"] for r in results}) > 1:
        print("articles differ between the runs", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
