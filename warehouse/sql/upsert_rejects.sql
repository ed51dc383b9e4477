INSERT INTO rejects BY NAME
SELECT url, stage, reason, any_value(outlet) AS outlet, any_value(run_id) AS first_run_id,
       any_value(run_id) AS last_run_id, now() AS first_seen_at, now() AS last_seen_at,
       1 AS times
FROM stage_rejects
GROUP BY url, stage, reason
ON CONFLICT (url, stage, reason) DO UPDATE SET
    last_run_id = excluded.last_run_id, last_seen_at = now(),
    times = CASE WHEN rejects.last_run_id = excluded.last_run_id THEN rejects.times
                 ELSE rejects.times + 1 END;
