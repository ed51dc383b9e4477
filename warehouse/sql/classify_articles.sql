-- One row per canonical URL in this batch (newest fetch wins), marked new/updated/unchanged
-- (what to write) and counted_as (what the run's figures say; NULL: same as change).
CREATE OR REPLACE TEMP TABLE batch_articles AS
SELECT s.*,
       CASE WHEN a.canonical_url IS NULL THEN 'new'
            WHEN a.text_hash <> s.text_hash OR a.title IS DISTINCT FROM s.title
                 OR a.published_at IS DISTINCT FROM CAST(s.published_at AS TIMESTAMPTZ)
                 OR a.author IS DISTINCT FROM s.author
                 OR a.extractor_version IS DISTINCT FROM s.extractor_version
                 OR a.editor IS DISTINCT FROM s.editor OR a.tags IS DISTINCT FROM s.tags
                 OR a.caption IS DISTINCT FROM s.caption
                 OR a.relevance IS DISTINCT FROM s.relevance THEN 'updated'
            ELSE 'unchanged' END AS change,
       -- What the run's figures count. A retried load of the same run (the first attempt
       -- died after COMMIT) finds its own rows unchanged: they still count as what this
       -- run added or changed, so a retry does not rewrite crawl_runs' figures.
       CASE WHEN a.canonical_url IS NULL THEN 'new'
            WHEN a.run_id = $run_id THEN 'new'
            WHEN a.updated_run_id = $run_id THEN 'updated'
            ELSE NULL END AS counted_as
FROM (
    SELECT * FROM stage_articles
    QUALIFY row_number() OVER (PARTITION BY canonical_url ORDER BY fetched_at DESC, url) = 1
) s
LEFT JOIN articles a USING (canonical_url);
