"""A digest of every page output, to prove a speed-up changed nothing.

    python bench/events_identity.py [--archive bench/data/archive-1000-s7.warc.gz]
                                    [--corpus FOLDER] [--real-html FOLDER] [--rows-cache FILE]

FOLDER is a labelled corpus (labels.jsonl + texts/) or a set of real pages (SOURCES.tsv); the
defaults are the project's sets kept beside the checkout, not in it.

Runs the production page step over every article page of the archive
(``extract_article`` then ``transforms.page.analyse_article``, i.e. ``read_page``), over the
hand-made outlet pages of the test fixtures and the real pages of other sites (``read_page``
with the URL's context), and over every text of the real corpus (``run_item``, both parts).
Prints one SHA-256 per source of the canonical JSON of all outputs: for the archive, one of the
events with their evidence and relevance (``events``) and one of the whole rows (``records``:
every article field, relevance and events; a rejected page's reason); for the others, the
whole rows. Only digests and counts are printed: nothing of a held-out item is shown.
``--rows-cache`` keeps the extracted archive rows (a pickle) so repeated runs time only the
event analysis; the rows come from ``extract_article``, which an events change does not touch
(a change to extraction must run without it: the records digest then reads the cached rows).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import sys
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "fixtures")]

from build_archive import body_of, load_manifest  # noqa: E402
from real_eval import load_corpus, run_item  # noqa: E402
from real_html import REAL_HTML, real_pages  # noqa: E402

from spiders.registry import context_for_url, get, outlet_for_url  # noqa: E402
from spiders.warc import iter_responses  # noqa: E402
from transforms.extract.article import ExtractError, extract_article  # noqa: E402
from transforms.extract.decoding import decode_html  # noqa: E402
from transforms.page import analyse_article, read_page  # noqa: E402


def archive_rows(archive: Path) -> list[tuple[dict, str]]:
    rows = []
    for response in iter_responses(archive):
        outlet = outlet_for_url(response.url)
        if not (outlet and outlet.is_article_url(response.url) and response.status == 200):
            continue
        spec = get(outlet.slug)
        html = decode_html(response.body, response.header("content-type"))
        try:
            row = extract_article(html, response.url,
                                  spec.context(fetched_at=response.fetched_at)).to_dict()
        except ExtractError as exc:
            row = {"rejected": exc.reason}
        rows.append((row, spec.timezone))
    return rows


def page_row(body: bytes, content_type: str | None, url: str, **discovery) -> dict:
    """``read_page``'s row of one page, or its reject reason."""
    try:
        return read_page(decode_html(body, content_type), url, context_for_url(url, **discovery))
    except ExtractError as exc:
        return {"rejected": exc.reason}


def fixture_rows() -> list[dict]:
    """Every HTML page of the hand-made outlet sites (articles, listings, odd pages)."""
    return [page_row(body_of(e), e["content_type"], e["url"],
                     fetched_at=datetime.fromisoformat(e["date"].replace("Z", "+00:00")))
            for e in load_manifest()
            if e.get("file") and "html" in (e.get("content_type") or "")]


def digest(outputs: list) -> str:
    h = hashlib.sha256()
    for out in outputs:
        h.update(json.dumps(out, sort_keys=True, ensure_ascii=False, default=str).encode())
        h.update(b"\n")
    return h.hexdigest()


def _events(outputs: list[dict]) -> int:
    return sum(len(o.get("events") or []) for o in outputs)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--archive", type=Path,
                    default=ROOT / "bench" / "data" / "archive-1000-s7.warc.gz")
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "real-corpus")
    ap.add_argument("--real-html", type=Path, default=REAL_HTML)
    ap.add_argument("--rows-cache", type=Path)
    args = ap.parse_args()
    cached = bool(args.rows_cache and args.rows_cache.exists())
    if cached:
        rows = pickle.loads(args.rows_cache.read_bytes())
    else:
        rows = archive_rows(args.archive)
        if args.rows_cache:
            args.rows_cache.write_bytes(pickle.dumps(rows))
    outs = [row if "rejected" in row else analyse_article(row, zone) for row, zone in rows]
    print(f"archive: {len(outs)} article pages, {_events(outs)} events  {digest(outs)}")
    records = [row if "rejected" in row else {**row, **out}
               for (row, _), out in zip(rows, outs, strict=True)]
    print(f"archive records{' (cached rows)' if cached else ''}: {digest(records)}")
    fixtures = fixture_rows()
    print(f"fixture pages: {len(fixtures)}, {_events(fixtures)} events  {digest(fixtures)}")
    if (args.real_html / "SOURCES.tsv").exists():
        real = [page_row(p.html, None, p.url) for p in real_pages(args.real_html)]
        print(f"real pages: {len(real)}, {_events(real)} events  {digest(real)}")
    else:
        print(f"real pages: no SOURCES.tsv in {args.real_html}, skipped")
    if (args.corpus / "labels.jsonl").exists():
        items = load_corpus(args.corpus)
        got = [run_item(i) for i in items]
        print(f"corpus:  {len(items)} texts, {_events(got)} events  {digest(got)}")
    else:
        print(f"corpus: no labels.jsonl in {args.corpus}, skipped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
