-- The run's row in crawl_runs; a retried load of the same run replaces it.
INSERT OR REPLACE INTO crawl_runs BY NAME
SELECT $run_id AS run_id, $flow AS flow, CAST($started_at AS TIMESTAMPTZ) AS started_at,
       CAST($finished_at AS TIMESTAMPTZ) AS finished_at, $status AS status, CAST($outlets AS VARCHAR[]) AS outlets,
       CAST($params AS JSON) AS params, $pages_fetched AS pages_fetched,
       $articles_new AS articles_new, $articles_updated AS articles_updated,
       $articles_unchanged AS articles_unchanged, $rejects AS rejects,
       CAST($outlet_stats AS JSON) AS outlet_stats, $message AS message, $host AS host;
