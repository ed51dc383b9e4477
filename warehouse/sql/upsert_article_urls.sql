INSERT INTO article_urls BY NAME
SELECT url, canonical_url, $run_id AS run_id FROM (
    SELECT unnest(list_distinct([url, canonical_url] || coalesce(aliases, []))) AS url,
           canonical_url
    FROM batch_articles
)
QUALIFY row_number() OVER (PARTITION BY url ORDER BY canonical_url) = 1
ON CONFLICT (url) DO NOTHING;
