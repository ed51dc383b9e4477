-- The events of every article in this batch are replaced as a whole (same transaction as
-- the articles): re-extraction never leaves stale or duplicate events behind.
DELETE FROM events WHERE canonical_url IN (SELECT canonical_url FROM batch_articles);

INSERT INTO events BY NAME
SELECT * EXCLUDE (filename) REPLACE ($run_id AS run_id)
FROM stage_events
WHERE canonical_url IN (SELECT canonical_url FROM batch_articles)
QUALIFY row_number() OVER (PARTITION BY event_id ORDER BY canonical_url) = 1;
