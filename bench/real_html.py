"""Body text and dates on real pages of sites outside the registry: warta vs bare Trafilatura.

    python bench/real_html.py [--root FOLDER] [--texts]

FOLDER holds real pages with their expected texts; the default is the project's set kept
beside the checkout, not in it.

Every page goes through the generic path (``context_for_url``: outlet ``other:<host>``, no
selectors), as ``warta extract PAGE --url URL`` does. Body text is scored as a bag of words
against the page's expected text (tests/fixtures/real_html.py says how); prints P/R/F1 per
page and the mean over pages for warta and for ``trafilatura.extract``, then each dated
page's extracted date, its source and whether it is right. ``--texts`` also prints the words
each system got wrong per page (what to look at next).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "fixtures")]

import trafilatura  # noqa: E402
from real_html import REAL_HTML, bag_of_words, date_right, real_pages  # noqa: E402

from spiders.registry import context_for_url  # noqa: E402
from transforms.extract.article import ExtractError, extract_article  # noqa: E402
from transforms.extract.decoding import decode_html  # noqa: E402


def _diff(text: str, expected: str) -> tuple[list[str], list[str]]:
    got, want = (Counter(re.findall(r"\w+", s.lower())) for s in (text, expected))
    return sorted((got - want).elements()), sorted((want - got).elements())


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--root", type=Path, default=REAL_HTML)
    parser.add_argument("--texts", action="store_true", help="print extra and missing words")
    args = parser.parse_args()
    if not (args.root / "SOURCES.tsv").exists():
        sys.exit(f"{args.root} has no SOURCES.tsv")
    pages = list(real_pages(args.root))
    print(f"{'page':<50}{'warta P/R/F1':>20}{'trafilatura P/R/F1':>22}")
    sums = {"warta": [0.0, 0.0, 0.0], "trafilatura": [0.0, 0.0, 0.0]}
    scored, dates = 0, []
    cpu = 0.0
    for page in pages:
        html = decode_html(page.html, None)
        started = time.process_time()
        try:
            article = extract_article(html, page.url, context_for_url(page.url))
        except ExtractError as exc:
            article = None
            print(f"{page.name:<50}  REJECTED: {exc.reason}")
        cpu += time.process_time() - started
        dates.append((page, article))
        if page.expected is None:
            continue
        scored += 1
        texts = {"warta": article.text if article else "",
                 "trafilatura": trafilatura.extract(html, url=page.url) or ""}
        cells = []
        for system, text in texts.items():
            score = bag_of_words(text, page.expected)
            for i, value in enumerate((score.precision, score.recall, score.f1)):
                sums[system][i] += value
            cells.append(f"{score.precision:.3f}/{score.recall:.3f}/{score.f1:.3f}")
        print(f"{page.name:<50}{cells[0]:>20}{cells[1]:>22}")
        if args.texts:
            for system, text in texts.items():
                extra, missing = _diff(text, page.expected)
                print(f"    {system} extra: {' '.join(extra)[:600]}")
                print(f"    {system} missing: {' '.join(missing)[:600]}")
    means = {s: "/".join(f"{v / scored:.3f}" for v in values) for s, values in sums.items()}
    print(f"{'MEAN over ' + str(scored) + ' pages':<50}{means['warta']:>20}"
          f"{means['trafilatura']:>22}")
    print(f"warta extract_article: {1000 * cpu / len(pages):.1f} ms CPU/page "
          f"over {len(pages)} pages\n")

    right = 0
    print(f"{'page':<50}{'expected':<27}{'warta (Jakarta time)':<27}source")
    for page, article in dates:
        got = article.published_at if article else None
        ok = date_right(got, page.article_date)
        right += ok
        shown = "-"
        if got:
            from datetime import datetime

            from real_html import JAKARTA
            shown = datetime.fromisoformat(got).astimezone(JAKARTA).isoformat()
        source = article.published_source if article else "-"
        print(f"{page.name:<50}{page.article_date:<27}{shown:<27}{source}"
              f"{'' if ok else '  WRONG'}")
    print(f"dates right: {right}/{len(dates)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
