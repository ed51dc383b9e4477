-- Articles first seen in this batch: a plain insert. DuckDB's ON CONFLICT path costs ~5x
-- more per row, and on a backfill almost every row is new (bench/duckdb_load.py).
-- By name: the staged columns are the table's own (warehouse/load.py stages them so).
INSERT INTO articles BY NAME
SELECT * EXCLUDE (aliases, outside_pattern, filename, change, counted_as)
         REPLACE ($run_id AS run_id, $run_id AS updated_run_id, now() AS loaded_at,
                  now() AS updated_at)
FROM batch_articles
WHERE change = 'new';
