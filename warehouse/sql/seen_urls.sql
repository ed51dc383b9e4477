-- Every URL an article was already loaded by (canonical, aliases, redirect sources), with
-- the article's outlet: what an incremental run's crawl of that outlet skips.
-- $outlets NULL: every outlet.
SELECT a.outlet, u.url
FROM article_urls u
JOIN articles a USING (canonical_url)
WHERE CAST($outlets AS VARCHAR[]) IS NULL OR list_contains($outlets, a.outlet)
ORDER BY a.outlet, u.url;
