-- This run's rejects per outlet by (stage, reason), the reason without its trailing
-- "(...)" detail, so "http 500 (at https://...)" of many URLs is one row.
INSERT INTO run_outlet_rejects BY NAME
SELECT $run_id AS run_id, coalesce(outlet, '?') AS outlet, stage,
       regexp_replace(reason, '\s*\([^()]*\)\s*$', '') AS reason,
       count(DISTINCT url) AS rejects
FROM stage_rejects
GROUP BY ALL;
