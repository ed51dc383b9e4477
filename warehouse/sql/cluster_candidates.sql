-- LSH candidate pairs among the affected articles (cluster_affected.sql): two articles
-- sharing a band key (article_signatures.bands, the bands of datasketch's MinHashLSH).
-- DuckDB runs the join within its memory limit, so no index is held in Python.
WITH keys AS (
    SELECT canonical_url, unnest(bands) AS bucket, generate_subscripts(bands, 1) AS band
    FROM article_signatures
    WHERE bands IS NOT NULL
      AND canonical_url IN (SELECT canonical_url FROM cluster_affected)
)
SELECT DISTINCT x.canonical_url, y.canonical_url
FROM keys x JOIN keys y USING (band, bucket)
WHERE x.canonical_url < y.canonical_url
ORDER BY 1, 2;
