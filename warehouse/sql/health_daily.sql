-- Articles and their events per outlet per local publication day (`warta health` chart).
-- Undated articles have no day; dates more than a day ahead are outlet typos, left out.
SELECT CAST(timezone(coalesce(o.timezone, 'Asia/Jakarta'), a.published_at) AS DATE) AS day,
       a.outlet, count(*) AS articles, coalesce(sum(e.events), 0) AS events
FROM articles a
LEFT JOIN outlets o ON o.slug = a.outlet
LEFT JOIN (SELECT canonical_url, count(*) AS events FROM events GROUP BY ALL) e
    USING (canonical_url)
WHERE a.published_at IS NOT NULL AND a.published_at <= now() + INTERVAL 1 DAY
GROUP BY ALL
ORDER BY day, a.outlet;
