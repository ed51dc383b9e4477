"""A digest of every event output, to prove a speed-up changed nothing.

    python bench/events_identity.py [--archive bench/data/archive-1000-s7.warc.gz]
                                    [--corpus FOLDER] [--rows-cache FILE]

FOLDER is a labelled corpus (labels.jsonl + texts/); the default is the real corpus kept beside
the checkout, not in it.

Runs the production page step over every article page of the archive
(``extract_article`` then ``transforms.page.analyse_article``, i.e. ``read_page``) and over
every text of the real corpus (``run_item``, both parts), and prints one SHA-256 per source
of the canonical JSON of all outputs (events with their evidence, relevance). Only digests
and counts are printed: nothing of a held-out item is shown. ``--rows-cache`` keeps the
extracted archive rows (a pickle) so repeated runs time only the event analysis; the rows
come from ``extract_article``, which an events change does not touch.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "fixtures")]

from real_eval import load_corpus, run_item  # noqa: E402

from spiders.registry import get, outlet_for_url  # noqa: E402
from spiders.warc import iter_responses  # noqa: E402
from transforms.extract.article import ExtractError, extract_article  # noqa: E402
from transforms.extract.decoding import decode_html  # noqa: E402
from transforms.page import analyse_article  # noqa: E402


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


def digest(outputs: list) -> str:
    h = hashlib.sha256()
    for out in outputs:
        h.update(json.dumps(out, sort_keys=True, ensure_ascii=False, default=str).encode())
        h.update(b"\n")
    return h.hexdigest()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--archive", type=Path,
                    default=ROOT / "bench" / "data" / "archive-1000-s7.warc.gz")
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "real-corpus")
    ap.add_argument("--rows-cache", type=Path)
    args = ap.parse_args()
    if args.rows_cache and args.rows_cache.exists():
        rows = pickle.loads(args.rows_cache.read_bytes())
    else:
        rows = archive_rows(args.archive)
        if args.rows_cache:
            args.rows_cache.write_bytes(pickle.dumps(rows))
    outs = [row if "rejected" in row else analyse_article(row, zone) for row, zone in rows]
    events = sum(len(o.get("events", [])) for o in outs)
    print(f"archive: {len(outs)} article pages, {events} events  {digest(outs)}")
    if (args.corpus / "labels.jsonl").exists():
        items = load_corpus(args.corpus)
        got = [run_item(i) for i in items]
        events = sum(len(o.get("events") or []) for o in got)
        print(f"corpus:  {len(items)} texts, {events} events  {digest(got)}")
    else:
        print(f"corpus: no labels.jsonl in {args.corpus}, skipped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
