-- Articles whose content changed since they were loaded (new ones: insert_new_articles.sql).
-- Every column is replaced but the key, the outlet and when and by which run it was first
-- loaded.
INSERT OR REPLACE INTO articles BY NAME
SELECT * EXCLUDE (aliases, outside_pattern, filename, change, counted_as, outlet, run_id,
                   loaded_at)
         REPLACE ($run_id AS updated_run_id, now() AS updated_at)
FROM batch_articles
WHERE change = 'updated';
