-- The last $runs runs, newest first (`warta health`).
SELECT run_id, flow, host, status, started_at, pages_fetched, articles_new, articles_updated,
       articles_unchanged, rejects, message
FROM crawl_runs
ORDER BY started_at DESC NULLS LAST, run_id DESC
LIMIT $runs;
