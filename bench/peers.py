"""Body text: warta vs the peers news-please and newspaper4k (and bare trafilatura.extract).

    python bench/peers.py [--pages 2000] [--seed 7] [--peers news-please newspaper4k]
                          [--warmup 5] [--repeat 1] [--json]

Two page sets, the same pages for every extractor, given as decoded HTML (no network):

* **gold**: the fixture article pages with their with/without segments
  (tests/fixtures/gold.py), scored by tests/fixtures/quality.py exactly as bench/body_text.py
  does: precision, recall and F1 over all segments.
* **speed**: the article pages of a synthetic archive of ``--pages`` outlet-faithful pages
  (bench/make_archive.py, built into bench/data/ when missing): pages/s of the extraction loop
  alone, after a warm-up, best of ``--repeat``; the ratio to warta is what to read.

warta's row is ``extract_article`` with the outlet's context, the per-page call of
flows/extraction.py:extract_archived, in this process. The peers are never installed in the project:
each gets its own venv under bench/.venv-peers/<peer>/, created on first use (uv when on PATH,
else ``python -m venv`` + pip), and runs bench/peers_worker.py there. A peer that cannot be
installed or fails is reported as such; the others are still measured.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "fixtures")]

import trafilatura  # noqa: E402
from gold import gold_pages  # noqa: E402
from quality import SegmentScore  # noqa: E402

from spiders.registry import get, outlet_for_url  # noqa: E402
from spiders.warc import iter_responses  # noqa: E402
from transforms.extract.article import ExtractError, extract_article  # noqa: E402
from transforms.extract.context import ExtractContext  # noqa: E402
from transforms.extract.decoding import decode_html  # noqa: E402

VENVS = ROOT / "bench" / ".venv-peers"
WORKER = ROOT / "bench" / "peers_worker.py"
# pinned; news-please extracts with newspaper4k inside, so it gets the same newspaper4k
PINS = {"news-please": ["news-please==1.6.16", "newspaper4k==0.9.6"],
        "newspaper4k": ["newspaper4k==0.9.6"]}
INSTALL_TIMEOUT = 1200


@dataclass
class Page:
    url: str
    html: str
    ctx: ExtractContext
    with_: tuple[str, ...] = ()
    without: tuple[str, ...] = ()


@dataclass
class Row:
    name: str
    version: str = ""
    gold: SegmentScore = field(default_factory=SegmentScore)
    per_page: dict[str, float] = field(default_factory=dict)
    pages: int = 0
    seconds: float = 0.0
    cpu_seconds: float = 0.0
    empty: int = 0
    errors: int = 0
    note: str = ""

    @property
    def pages_s(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0

    def as_dict(self, warta: Row) -> dict:
        return {"extractor": self.name, "version": self.version,
                "gold_f1": self.gold.f1, "gold_precision": self.gold.precision,
                "gold_recall": self.gold.recall, "gold_counts": vars(self.gold),
                "gold_f1_per_page": self.per_page, "speed_pages": self.pages,
                "pages_s": self.pages_s,
                "ms_page": 1000 * self.seconds / self.pages if self.pages else None,
                "cpu_ms_page": 1000 * self.cpu_seconds / self.pages if self.pages else None,
                "vs_warta": self.pages_s / warta.pages_s if warta.pages_s else None,
                "vs_warta_cpu": (warta.cpu_seconds / warta.pages)
                / (self.cpu_seconds / self.pages) if self.cpu_seconds else None,
                "empty_texts": self.empty, "errors": self.errors, "note": self.note}


def load_gold() -> list[Page]:
    return [Page(p.url, decode_html(p.html, p.content_type),
                 get(p.outlet).context(fetched_at=p.fetched_at), p.with_, p.without)
            for p in gold_pages()]


def load_speed(pages: int, seed: int) -> tuple[Path, list[Page]]:
    archive = ROOT / "bench" / "data" / f"archive-{pages}-s{seed}.warc.gz"
    if not archive.exists():
        subprocess.run([sys.executable, str(ROOT / "bench" / "make_archive.py"),
                        "--pages", str(pages), "--seed", str(seed), "--out", str(archive)],
                       check=True, stdout=subprocess.DEVNULL)
    found = []
    for record in iter_responses(archive):
        outlet = outlet_for_url(record.url)
        if outlet and outlet.is_article_url(record.url):
            found.append(Page(record.url, decode_html(record.body, record.header("content-type")),
                              outlet.context(fetched_at=record.fetched_at)))
    return archive, found


def ensure_venv(peer: str) -> tuple[Path | None, str]:
    """The peer's interpreter, installing it first when needed; (None, why) when impossible."""
    home = VENVS / peer
    python = home / "bin" / "python"
    marker = home / "warta-pins.txt"
    wanted = "\n".join(PINS[peer]) + "\n"
    if python.exists() and marker.exists() and marker.read_text() == wanted:
        return python, ""
    shutil.rmtree(home, ignore_errors=True)
    uv = shutil.which("uv")
    steps = ([[uv, "venv", "--quiet", "--python", sys.executable, str(home)],
              [uv, "pip", "install", "--quiet", "--python", str(python), *PINS[peer]]]
             if uv else
             [[sys.executable, "-m", "venv", str(home)],
              [str(python), "-m", "pip", "install", "--quiet", *PINS[peer]]])
    print(f"installing {' '.join(PINS[peer])} into {home} ...",
          file=sys.stderr, flush=True)
    for step in steps:
        try:
            done = subprocess.run(step, capture_output=True, text=True, timeout=INSTALL_TIMEOUT)
        except (OSError, subprocess.TimeoutExpired) as exc:
            return None, f"{Path(step[0]).name} failed: {exc}"
        if done.returncode != 0:
            lines = (done.stderr or done.stdout).strip().splitlines()
            tail = " | ".join([x for x in lines if "error" in x.lower()][-2:] or lines[-2:])
            command = " ".join(Path(a).name if "/" in a else a for a in step[:3])
            return None, f"{command} ... exited {done.returncode}: {tail}"[:300]
    marker.write_text(wanted)
    return python, ""


def run_local(pages: list[Page], extract: Callable[[Page], str], warmup: int,
              repeat: int) -> tuple[list[str], float, float, int]:
    """Texts, best wall and CPU seconds of the loop, and how many pages raised."""
    for page in pages[:warmup]:
        try:
            extract(page)
        except ExtractError:
            pass
    best_wall = best_cpu = float("inf")
    texts: list[str] = []
    errors = 0
    for _ in range(max(1, repeat)):
        texts, errors = [], 0
        cpu, wall = time.process_time(), time.perf_counter()
        for page in pages:
            try:
                texts.append(extract(page))
            except ExtractError:  # warta rejects the page: no article, no text
                texts.append("")
                errors += 1
        best_wall = min(best_wall, time.perf_counter() - wall)
        best_cpu = min(best_cpu, time.process_time() - cpu)
    return texts, best_wall, best_cpu, errors


def run_peer(python: Path, peer: str, pages: list[Page], tmp: Path, tag: str, warmup: int,
             repeat: int) -> tuple[list[str], dict]:
    source, out = tmp / f"{tag}.jsonl", tmp / f"{tag}-{peer}.out.jsonl"
    if not source.exists():
        with open(source, "w", encoding="utf-8") as stream:
            for page in pages:
                stream.write(json.dumps({"url": page.url, "html": page.html}) + "\n")
    done = subprocess.run([str(python), "-I", str(WORKER), peer, str(source), str(out),
                           "--warmup", str(warmup), "--repeat", str(repeat)],
                          capture_output=True, text=True, cwd=tmp)
    if done.returncode != 0:
        raise RuntimeError(f"worker exited {done.returncode}: "
                           + " | ".join(done.stderr.strip().splitlines()[-3:]))
    summary = json.loads(done.stdout.strip().splitlines()[-1])
    with open(out, encoding="utf-8") as stream:
        got = [json.loads(line) for line in stream]
    if [g["url"] for g in got] != [p.url for p in pages]:
        raise RuntimeError("worker output does not match its input pages")
    return [g["text"] for g in got], summary


def score(row: Row, gold: list[Page], texts: list[str]) -> None:
    for page, text in zip(gold, texts, strict=True):
        row.gold.add(text, page.with_, page.without)
        one = SegmentScore()
        one.add(text, page.with_, page.without)
        row.per_page[page.url] = round(one.f1, 3)


def timed(row: Row, texts: list[str], seconds: float, cpu: float, errors: int) -> None:
    row.pages, row.seconds, row.cpu_seconds, row.errors = len(texts), seconds, cpu, errors
    row.empty = sum(1 for t in texts if len(t.strip()) < 200)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=2000,
                        help="size of the synthetic archive for the speed set")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--peers", nargs="*", default=list(PINS), choices=list(PINS))
    parser.add_argument("--warmup", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args()

    gold = load_gold()
    archive, speed = load_speed(args.pages, args.seed)
    local = {
        "warta": (version("warta"), lambda p: extract_article(p.html, p.url, p.ctx).text),
        "trafilatura.extract": (version("trafilatura"),
                                lambda p: trafilatura.extract(p.html, url=p.url) or ""),
    }
    rows: list[Row] = []
    for name, (ver, extract) in local.items():
        row = Row(name, ver)
        score(row, gold, run_local(gold, extract, 0, 1)[0])
        texts, seconds, cpu, errors = run_local(speed, extract, args.warmup, args.repeat)
        timed(row, texts, seconds, cpu, errors)
        rows.append(row)
    with tempfile.TemporaryDirectory(prefix="warta-peers-") as name:
        tmp = Path(name)
        for peer in args.peers:
            row = Row(peer)
            rows.append(row)
            python, why = ensure_venv(peer)
            if python is None:
                row.note = f"not installed: {why}"
                print(f"{peer}: {row.note}", file=sys.stderr)
                continue
            try:
                texts, summary = run_peer(python, peer, gold, tmp, "gold", 0, 1)
                score(row, gold, texts)
                texts, summary = run_peer(python, peer, speed, tmp, "speed", args.warmup,
                                          args.repeat)
            except (RuntimeError, ValueError, OSError) as exc:
                row.note = f"failed: {exc}"
                print(f"{peer}: {row.note}", file=sys.stderr)
                continue
            row.version = summary["version"]
            timed(row, texts, summary["seconds"], summary["cpu_seconds"], summary["errors"])
            if summary["network_attempts"]:
                row.note = f"{summary['network_attempts']} network attempts refused"

    warta = rows[0]
    if args.json:
        print(json.dumps({"gold_pages": len(gold), "archive": str(archive.relative_to(ROOT)),
                          "speed_pages": len(speed), "warmup": args.warmup,
                          "repeat": args.repeat, "python": sys.version.split()[0],
                          "rows": [r.as_dict(warta) for r in rows]}, indent=2))
        return 0
    print(f"gold: {len(gold)} fixture article pages, "
          f"{sum(len(p.with_) for p in gold)} 'with' and "
          f"{sum(len(p.without) for p in gold)} 'without' segments")
    print(f"speed: {len(speed)} article pages of {archive.relative_to(ROOT)}, warm-up "
          f"{args.warmup}, best of {args.repeat}\n")
    print(f"{'extractor':<21}{'version':<9}{'F1':>6}{'prec':>7}{'recall':>7}{'pages/s':>9}"
          f"{'ms/page':>9}{'cpu ms':>8}{'x warta':>8}{'x cpu':>7}{'empty':>7}")
    for row in rows:
        line = f"{row.name:<21}{row.version:<9}"
        if row.per_page:
            line += f"{row.gold.f1:>6.3f}{row.gold.precision:>7.3f}{row.gold.recall:>7.3f}"
        if row.pages:
            line += (f"{row.pages_s:>9.1f}{1000 * row.seconds / row.pages:>9.1f}"
                     f"{1000 * row.cpu_seconds / row.pages:>8.1f}"
                     f"{row.pages_s / warta.pages_s:>8.2f}"
                     f"{row.as_dict(warta)['vs_warta_cpu']:>7.2f}{row.empty:>7}")
        print(line + (f"  ({row.note})" if row.note else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
