-- A run that failed before its load (or after it, without a verdict): its crawl_runs row says
-- so, with why. A row the load already wrote keeps its figures and takes the failure.
INSERT INTO crawl_runs BY NAME
SELECT $run_id AS run_id, $flow AS flow, CAST($started_at AS TIMESTAMPTZ) AS started_at,
       CAST($finished_at AS TIMESTAMPTZ) AS finished_at, 'failed' AS status,
       CAST($outlets AS VARCHAR[]) AS outlets, CAST($params AS JSON) AS params,
       $message AS message, $host AS host
ON CONFLICT (run_id) DO UPDATE SET status = 'failed', message = excluded.message,
                                   finished_at = excluded.finished_at;
