-- The events of every article in this batch are replaced as a whole (same transaction as
-- the articles): re-extraction never leaves stale or duplicate events behind.
DELETE FROM events WHERE canonical_url IN (SELECT canonical_url FROM batch_articles);

INSERT INTO events
SELECT event_id, canonical_url, CAST(event_date AS DATE), event_date_raw,
       event_date_confidence, announced, activities, venue, regency, regency_code, province,
       province_code, officials, participants_count, participants_group, participants_phrase,
       organisations, relevance, $run_id, extractor_version,
       NULL AS occasion_id  -- set by warehouse/occasions.py later in the same transaction
FROM stage_events
WHERE canonical_url IN (SELECT canonical_url FROM batch_articles)
QUALIFY row_number() OVER (PARTITION BY event_id ORDER BY canonical_url) = 1;
