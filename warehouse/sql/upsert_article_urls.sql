-- Every URL of the batch's articles: canonical, fetched, redirect sources, and the fetched
-- URLs of copies that lost to a newer fetch of the same article (an AMP copy, a ?p=
-- shortlink stored beside the permalink), so each of them leads to the one article.
INSERT INTO article_urls
SELECT url, canonical_url, $run_id FROM (
    SELECT unnest(list_distinct([url, canonical_url] || coalesce(aliases, []))) AS url,
           canonical_url
    FROM stage_articles
    WHERE canonical_url IN (SELECT canonical_url FROM batch_articles)
)
QUALIFY row_number() OVER (PARTITION BY url ORDER BY canonical_url) = 1
ON CONFLICT (url) DO NOTHING;
