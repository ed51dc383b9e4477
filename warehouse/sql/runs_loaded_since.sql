-- Runs loaded since an instant ($since, seconds since the epoch): what an interrupted
-- command had already loaded before it was stopped (flows/cli_run.py ``kept``).
SELECT run_id
FROM crawl_runs
WHERE status = 'loaded' AND finished_at >= to_timestamp($since)
ORDER BY finished_at, run_id;
