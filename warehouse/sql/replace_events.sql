-- The events of every article in this batch are replaced as a whole (same transaction as
-- the articles): re-extraction never leaves stale or duplicate events behind.

-- Events staged by an extractor older than the offices split (no `offices` key: a pending
-- load left from before an upgrade) are split as migration 010 split the stored rows, so no
-- office named without a person reaches `officials` whichever version wrote the file.
UPDATE stage_events
SET offices = to_json(list_transform(
        list_filter(CAST(officials AS JSON[]), lambda o: coalesce(o ->> 'name', '') = ''),
        lambda o: json_object('title', o ->> 'title', 'region', o ->> 'region'))),
    officials = to_json(list_filter(CAST(officials AS JSON[]),
                                    lambda o: coalesce(o ->> 'name', '') <> ''))
WHERE offices IS NULL AND officials IS NOT NULL;

DELETE FROM events WHERE canonical_url IN (SELECT canonical_url FROM batch_articles);

INSERT INTO events BY NAME
SELECT * EXCLUDE (filename) REPLACE ($run_id AS run_id)
FROM stage_events
WHERE canonical_url IN (SELECT canonical_url FROM batch_articles)
QUALIFY row_number() OVER (PARTITION BY event_id ORDER BY canonical_url) = 1;
