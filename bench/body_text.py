"""Body-text quality: warta's extraction vs bare ``trafilatura.extract`` on the gold set.

    python bench/body_text.py

Same pages (tests/fixtures/expected/articles.json with their with/without segments), same
scoring as Trafilatura's evaluation (tests/fixtures/quality.py). Prints precision, recall and
F1 per outlet and overall, and the boilerplate each one leaks.
"""

from __future__ import annotations

import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "fixtures")]

import trafilatura  # noqa: E402
from gold import gold_pages  # noqa: E402
from quality import SegmentScore  # noqa: E402

from spiders.registry import get  # noqa: E402
from transforms.extract.article import extract_article  # noqa: E402
from transforms.extract.decoding import decode_html  # noqa: E402


def main() -> int:
    systems = {
        "warta": lambda page, html: extract_article(
            html, page.url, get(page.outlet).context(fetched_at=page.fetched_at)).text,
        "trafilatura.extract": lambda page, html: trafilatura.extract(html, url=page.url) or "",
    }
    pages = list(gold_pages())
    rows = []
    leaks: dict[str, set[str]] = defaultdict(set)
    for name, run in systems.items():
        per_outlet: dict[str, SegmentScore] = defaultdict(SegmentScore)
        total = SegmentScore()
        started = time.perf_counter()
        for page in pages:
            text = run(page, decode_html(page.html, page.content_type))
            per_outlet[page.outlet].add(text, page.with_, page.without)
            total.add(text, page.with_, page.without)
            flat = " ".join(text.split())
            leaks[name] |= {s[:50] for s in page.without if " ".join(s.split()) in flat}
        seconds = time.perf_counter() - started
        rows.append((name, "ALL", total, seconds))
        rows += [(name, slug, score, None) for slug, score in sorted(per_outlet.items())]
    print(f"{len(pages)} gold pages, "
          f"{sum(len(p.with_) for p in pages)} 'with' and "
          f"{sum(len(p.without) for p in pages)} 'without' segments\n")
    print(f"{'system':<22}{'outlet':<14}{'precision':>10}{'recall':>8}{'F1':>7}{'ms/page':>9}")
    for name, slug, score, seconds in rows:
        per_page = f"{1000 * seconds / len(pages):.1f}" if seconds else ""
        print(f"{name:<22}{slug:<14}{score.precision:>10.3f}{score.recall:>8.3f}"
              f"{score.f1:>7.3f}{per_page:>9}")
    for name, leaked in leaks.items():
        print(f"\n{name} leaks {len(leaked)} boilerplate segments"
              + (":" if leaked else ""))
        for segment in sorted(leaked)[:15]:
            print(f"  - {segment}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
