-- Events deleted and re-inserted unchanged (a reloaded article's) get back the occasion
-- that lists them, when nothing occasion merging reads has changed (warehouse/occasions.py).
UPDATE events SET occasion_id = m.occasion_id
FROM (SELECT occasion_id, unnest(event_ids) AS event_id FROM occasions) m
WHERE events.event_id = m.event_id AND events.occasion_id IS NULL;
