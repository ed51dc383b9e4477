"""DuckDB loading: warta's loader (staged JSONL -> read_json -> one upsert) against inserting
the same rows one by one with ``executemany``.

    python bench/duckdb_load.py [--rows 100000] [--naive-rows 5000]

Row-by-row executemany is measured on a sample (--naive-rows) and scaled linearly to
--rows, since it takes minutes at 100k (74 s measured on the 2-core development machine); the
loader runs on all rows.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from warehouse.db import writer  # noqa: E402
from warehouse.load import load_run  # noqa: E402

TEXT = ("Pj Wali Kota menekankan kepada seluruh ASN agar menjunjung netralitas dan "
        "integritas menjelang Pilkada 2024. ") * 30


def article(i: int) -> dict:
    url = f"https://langgam.id/artikel-uji-beban-{i:07d}/"
    text = f"{TEXT} Nomor {i}."
    return {"url": url, "canonical_url": url, "outlet": "langgam", "title": f"Artikel {i}",
            "author": "Redaksi", "published_at": "2024-07-04T08:30:00+00:00",
            "published_raw": "2024-07-04T15:30:00+07:00", "published_source": "jsonld",
            "dateline": None, "editor": "Fs", "tags": ["ASN", "Pilkada"], "caption": None,
            "text": text, "text_hash": hashlib.sha256(text.encode()).hexdigest(),
            "language": "id", "extractor_version": "2", "warc_file": "/bench.warc.gz",
            "warc_offset": i * 1000, "fetched_at": "2024-07-05T00:00:00+00:00",
            "run_id": "bench", "aliases": [url]}


# The naive baseline inserts a staged article's fields by name (aliases are not a column).
COLUMNS = tuple(name for name in article(0) if name != "aliases")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--naive-rows", type=int, default=5_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        run_dir = Path(tmp) / "staging" / "bench" / "langgam"
        run_dir.mkdir(parents=True)
        with open(run_dir / "articles.jsonl", "w", encoding="utf-8") as out:
            for i in range(args.rows):
                out.write(json.dumps(article(i)) + "\n")
        started = time.perf_counter()
        report = load_run(Path(tmp) / "loader.duckdb", run_dir.parent, {"run_id": "bench"})
        loader = time.perf_counter() - started
        assert report.articles_new == args.rows
        started = time.perf_counter()
        again = load_run(Path(tmp) / "loader.duckdb", run_dir.parent, {"run_id": "bench2"})
        rerun = time.perf_counter() - started
        assert again.articles_unchanged == args.rows

        rows = [article(i) for i in range(args.naive_rows)]
        with writer(Path(tmp) / "naive.duckdb") as con:
            placeholders = ", ".join("?" for _ in COLUMNS)
            started = time.perf_counter()
            con.executemany(
                f"INSERT INTO articles ({', '.join(COLUMNS)}) VALUES ({placeholders}) "
                "ON CONFLICT (canonical_url) DO NOTHING",
                [[r[c] for c in COLUMNS] for r in rows])
            naive_sample = time.perf_counter() - started
    naive = naive_sample * args.rows / args.naive_rows
    print(f"rows: {args.rows:,}")
    print(f"warta loader (read_json + dedupe + upsert, 1 transaction): {loader:8.2f} s "
          f"({args.rows / loader:,.0f} rows/s)")
    print(f"warta loader, rerun of the same batch (all unchanged):      {rerun:8.2f} s")
    print(f"executemany row by row: {naive_sample:.2f} s for {args.naive_rows:,} rows "
          f"-> {naive:8.1f} s scaled to {args.rows:,}")
    print(f"ratio: {naive / loader:.0f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
