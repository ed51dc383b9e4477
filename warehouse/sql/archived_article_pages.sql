-- The newest archived capture of every article page: what reprocess re-extracts, with the
-- discovery hints the crawl had (feed date and title). $outlets NULL: every outlet.
SELECT run_id, outlet, url, status, kind, warc_file, warc_offset, payload_file,
       payload_offset,
       CAST(fetched_at AS VARCHAR) AS fetched_at, redirect_urls, feed_published, feed_title
FROM pages
WHERE kind IN ('article', 'candidate') AND status = 200
  AND (CAST($outlets AS VARCHAR[]) IS NULL OR list_contains($outlets, outlet))
QUALIFY row_number() OVER (PARTITION BY url ORDER BY fetched_at DESC) = 1
ORDER BY outlet, url;
