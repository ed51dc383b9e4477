"""End-to-end replay throughput and memory: `warta crawl --replay` into a fresh DuckDB vs a
bare ``trafilatura.extract`` loop over the same article pages in one process (the yardstick
of issue 7: warta must reach 0.8x its pages/s, using both cores).

    python bench/replay_throughput.py --pages 1000 5000 20000

For each size: builds the archive (bench/make_archive.py, seed 7) if missing, runs the bare
loop in this process, then the full pipeline (a backfill over every outlet, reading the
archive instead of the network) as a child process, then the bare loop again; the faster
bare loop is the one compared with. Reports pages/s and CPU s/page of
both, the ratio, and peak RSS per process (VmHWM sampled from /proc: flow, extraction
worker, crawl, loader, Prefect server; the largest is the "peak RSS" column). Pipeline
time is the run's own started_at..finished_at in crawl_runs, i.e. without Prefect's
temporary-server start-up, which is reported apart.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def archive_for(pages: int) -> Path:
    path = ROOT / "bench" / "data" / f"archive-{pages}-s7.warc.gz"
    if not path.exists():
        subprocess.run([sys.executable, str(ROOT / "bench" / "make_archive.py"), "--pages",
                        str(pages), "--out", str(path)], check=True)
    return path


def bare_loop(archive: Path) -> tuple[int, float, float]:
    import trafilatura

    from spiders.registry import outlet_for_url
    from spiders.warc import iter_responses
    from transforms.extract.decoding import decode_html

    pages = [(r.url, r.body, r.header("content-type")) for r in iter_responses(archive)
             if (o := outlet_for_url(r.url)) and o.is_article_url(r.url)]
    cpu, wall = time.process_time(), time.perf_counter()
    for url, body, ctype in pages:
        trafilatura.extract(decode_html(body, ctype), url=url)
    return len(pages), time.perf_counter() - wall, time.process_time() - cpu


def _children(pid: int) -> list[int]:
    found = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as handle:
                found += [int(x) for x in handle.read().split()]
    except OSError:
        pass
    return found


def _role(cmdline: str) -> str:
    for needle, role in (("spiders.crawl", "crawl"), ("warehouse.load_process", "loader"),
                         ("uvicorn", "prefect server"), ("flows.cli", "flow")):
        if needle in cmdline:
            return role
    return "other"


_TICK = os.sysconf("SC_CLK_TCK")


def sample_peaks(proc: subprocess.Popen, interval: float = 0.2
                 ) -> tuple[dict[str, int], dict[str, float]]:
    """Peak RSS (VmHWM, MB) and CPU seconds per role of every process under ``proc``.

    VmHWM is each process's own high-water mark, so sampling only has to see a process
    once before it ends. CPU is the process's own user+system time at its last sample, so
    a process's final ``interval`` is missed. Extraction workers show as "flow" children:
    reported as "worker".
    """
    peaks: dict[int, tuple[str, int]] = {}
    cpu: dict[int, tuple[str, float]] = {}
    commands: dict[int, str] = {}
    while proc.poll() is None:
        stack = [(proc.pid, None)]
        while stack:
            pid, parent_role = stack.pop()
            try:
                with open(f"/proc/{pid}/status") as handle:
                    status = handle.read()
                with open(f"/proc/{pid}/cmdline") as handle:
                    cmdline = handle.read().replace("\0", " ")
            except OSError:
                continue
            if "VmHWM:" not in status:  # a zombie: already reported its last sample
                continue
            role = _role(cmdline)
            if role == "flow" and parent_role == "flow":
                role = "worker"  # forked extraction workers share the flow's command line
            hwm = int(status.split("VmHWM:")[1].split()[0]) // 1024
            peaks[pid] = (role, max(hwm, peaks.get(pid, (role, 0))[1]))
            commands.setdefault(pid, " ".join(cmdline.split()[1:6])[:120])
            try:
                with open(f"/proc/{pid}/stat") as handle:
                    fields = handle.read().rsplit(")", 1)[1].split()
                cpu[pid] = (role, (int(fields[11]) + int(fields[12])) / _TICK)
            except (OSError, IndexError, ValueError):
                pass
            stack += [(child, role) for child in _children(pid)]
        time.sleep(interval)
    by_role: dict[str, int] = {}
    for role, mb in peaks.values():
        by_role[role] = max(mb, by_role.get(role, 0))
    cpu_by_role: dict[str, float] = {}
    for role, seconds in cpu.values():
        cpu_by_role[role] = cpu_by_role.get(role, 0.0) + seconds
    top = sorted(peaks, key=lambda pid: -peaks[pid][1])[:4]
    print("largest processes (MB): " + "; ".join(
        f"{peaks[pid][1]} {peaks[pid][0]} [{commands.get(pid, '?')}]" for pid in top),
        file=sys.stderr, flush=True)
    return by_role, cpu_by_role


def pipeline(archive: Path) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.duckdb"
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        wall = time.perf_counter()
        with open(Path(tmp) / "out.log", "w+") as log:
            proc = subprocess.Popen(
                [sys.executable, "-m", "flows.cli", "crawl", "--replay", str(archive),
                 "--since", "2024-01-01", "--max-pages", "100000", "--db", str(db),
                 "--data-dir", str(Path(tmp) / "data")],
                cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, text=True,
                env={**os.environ, "PREFECT_LOGGING_LEVEL": "WARNING"})
            peaks, role_cpu = sample_peaks(proc)
            wall = time.perf_counter() - wall
            log.seek(0)
            output = log.read()
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if proc.returncode != 0:
            raise RuntimeError(output[-4000:])
        import duckdb

        con = duckdb.connect(str(db), read_only=True)
        articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        seconds = con.execute("SELECT epoch(finished_at) - epoch(started_at) FROM crawl_runs"
                              ).fetchone()[0]
        con.close()
    return {"articles": articles, "wall": wall, "pipeline": seconds,
            "cpu": (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime),
            "peak_rss_mb": max(peaks.values(), default=0), "peaks_mb": peaks,
            "cpu_s": role_cpu}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, nargs="+", default=[1000, 5000, 20000])
    args = parser.parse_args()
    rows = []
    for size in args.pages:
        archive = archive_for(size)
        # the bare loop before and after the pipeline, the faster one kept: the ratio is
        # then the least favourable to warta a drifting machine allows
        n, wall_before, cpu_before = bare_loop(archive)
        result = pipeline(archive)
        _, wall_after, cpu_after = bare_loop(archive)
        bare_wall, bare_cpu = min((wall_before, cpu_before), (wall_after, cpu_after))
        rows.append({"pages": size, "articles": n, "bare_pages_s": n / bare_wall,
                     "bare_pages_s_before_after": [round(n / wall_before, 1),
                                                   round(n / wall_after, 1)],
                     "bare_cpu_ms": 1000 * bare_cpu / n,
                     "warta_pages_s": result["articles"] / result["pipeline"],
                     "warta_cpu_ms": 1000 * result["cpu"] / result["articles"],
                     "warta_articles": result["articles"], "warta_wall_s": result["wall"],
                     "startup_s": result["wall"] - result["pipeline"],
                     "peak_rss_mb": result["peak_rss_mb"], "peaks_mb": result["peaks_mb"],
                     "cpu_ms_by_role": {k: round(1000 * v / result["articles"], 1)
                                        for k, v in result["cpu_s"].items()}})
        print(json.dumps(rows[-1]), flush=True)
    print(f"\n{'pages':>7}{'bare p/s':>10}{'warta p/s':>11}{'ratio':>7}{'bare cpu ms':>13}"
          f"{'warta cpu ms':>14}{'startup s':>11}{'peak RSS MB':>13}")
    for r in rows:
        print(f"{r['pages']:>7}{r['bare_pages_s']:>10.1f}{r['warta_pages_s']:>11.1f}"
              f"{r['warta_pages_s'] / r['bare_pages_s']:>7.2f}{r['bare_cpu_ms']:>13.1f}"
              f"{r['warta_cpu_ms']:>14.1f}{r['startup_s']:>11.1f}{r['peak_rss_mb']:>13.0f}")
    print("\npeak RSS per process role (MB):")
    for r in rows:
        print(f"{r['pages']:>7}  " + ", ".join(f"{k} {v}" for k, v in
                                               sorted(r["peaks_mb"].items())))
    print("\nCPU ms per article page per process role (sampled, each process's last 0.2 s "
          "missed):")
    for r in rows:
        print(f"{r['pages']:>7}  " + ", ".join(f"{k} {v}" for k, v in
                                               sorted(r["cpu_ms_by_role"].items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
