INSERT INTO rejects
SELECT url, stage, reason, any_value(outlet), any_value(run_id), any_value(run_id),
       now(), now(), 1
FROM stage_rejects
GROUP BY url, stage, reason
ON CONFLICT (url, stage, reason) DO UPDATE SET
    last_run_id = excluded.last_run_id, last_seen_at = now(),
    times = CASE WHEN rejects.last_run_id = excluded.last_run_id THEN rejects.times
                 ELSE rejects.times + 1 END;
