-- Views for analysts; recreated on every migration run (they hold no data).

CREATE OR REPLACE VIEW v_articles AS
SELECT
    a.canonical_url,
    a.outlet,
    o.name                                        AS outlet_name,
    a.title,
    a.author,
    a.published_at,
    timezone(coalesce(o.timezone, 'Asia/Jakarta'), a.published_at) AS published_local,
    CAST(timezone(coalesce(o.timezone, 'Asia/Jakarta'), a.published_at) AS DATE)
                                                  AS published_date_local,
    a.published_source,
    a.dateline,
    a.editor,
    a.tags,
    a.caption,
    length(a.text)                                AS text_chars,
    a.text,
    a.language,
    a.fetched_at,
    a.run_id
FROM articles a
LEFT JOIN outlets o ON o.slug = a.outlet;

CREATE OR REPLACE VIEW v_articles_per_day AS
SELECT outlet, published_date_local AS day, count(*) AS articles
FROM v_articles
GROUP BY ALL
ORDER BY day DESC, outlet;

CREATE OR REPLACE VIEW v_runs AS
SELECT run_id, flow, status, started_at, finished_at,
       finished_at - started_at AS duration,
       pages_fetched, articles_new, articles_updated, articles_unchanged, rejects, message
FROM crawl_runs
ORDER BY started_at DESC;

CREATE OR REPLACE VIEW v_rejects AS
SELECT stage, reason, outlet, url, times, last_seen_at, last_run_id
FROM rejects
ORDER BY last_seen_at DESC;
