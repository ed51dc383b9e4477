-- The articles whose clusters may change: the changed ones ($urls), those sharing an LSH
-- band key with one (article_signatures.bands: the bands datasketch's MinHashLSH would
-- compare), and every member of a cluster that holds any of these. Clusters of the other
-- articles stay as they are, so a night's load re-clusters a handful, not the warehouse.
CREATE OR REPLACE TEMP TABLE cluster_affected AS
WITH changed AS (
    SELECT unnest(bands) AS bucket, generate_subscripts(bands, 1) AS band
    FROM article_signatures
    WHERE list_contains($urls, canonical_url) AND bands IS NOT NULL
), every AS (
    SELECT canonical_url, unnest(bands) AS bucket, generate_subscripts(bands, 1) AS band
    FROM article_signatures
    WHERE bands IS NOT NULL
), near AS (
    SELECT DISTINCT e.canonical_url FROM every e JOIN changed c USING (band, bucket)
    UNION
    SELECT unnest($urls)
)
SELECT canonical_url FROM near
UNION
SELECT canonical_url FROM article_clusters
WHERE cluster_id IN (SELECT cluster_id FROM article_clusters
                     WHERE canonical_url IN (SELECT canonical_url FROM near));
