-- occasions := new_occasions and events.occasion_id := new_event_occasions (temp tables,
-- warehouse/occasions.py), touching only what differs: updated_run_id then says which run
-- last changed an occasion, and a rerun writes nothing.
CREATE OR REPLACE TEMP TABLE changed_occasions AS
SELECT * FROM new_occasions WHERE occasion_id IN (
    SELECT occasion_id FROM (
        SELECT * EXCLUDE (updated_run_id) FROM new_occasions
        EXCEPT
        SELECT * EXCLUDE (updated_run_id) FROM occasions));

DELETE FROM occasions
WHERE occasion_id NOT IN (SELECT occasion_id FROM new_occasions)
   OR occasion_id IN (SELECT occasion_id FROM changed_occasions);

INSERT INTO occasions BY NAME SELECT * FROM changed_occasions;

CREATE OR REPLACE TEMP TABLE moved_events AS
SELECT n.event_id, n.occasion_id
FROM new_event_occasions n JOIN events e USING (event_id)
WHERE e.occasion_id IS DISTINCT FROM n.occasion_id;

UPDATE events SET occasion_id = m.occasion_id
FROM moved_events m
WHERE events.event_id = m.event_id;
