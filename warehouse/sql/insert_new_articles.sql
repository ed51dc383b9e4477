-- Articles first seen in this batch: a plain insert. DuckDB's ON CONFLICT path costs ~5x
-- more per row, and on a backfill almost every row is new (bench/duckdb_load.py).
INSERT INTO articles
SELECT canonical_url, url, outlet, title, author, CAST(published_at AS TIMESTAMPTZ),
       published_raw, published_source, dateline, text, text_hash, language,
       warc_file, warc_offset, CAST(fetched_at AS TIMESTAMPTZ), extractor_version,
       $run_id, $run_id, now(), now(), editor, tags, caption, relevance, about_asn_neutrality
FROM batch_articles
WHERE change = 'new';
