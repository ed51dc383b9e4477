-- Views for analysts beside the marts; recreated on every migration run (they hold no data).

CREATE OR REPLACE VIEW v_articles AS
SELECT canonical_url, outlet, outlet_name, title, author, published_at, published_local,
       published_date_local, published_source, dateline, editor, tags, caption, text_chars,
       text, language, fetched_at, run_id
FROM stg_articles;

CREATE OR REPLACE VIEW v_runs AS
SELECT run_id, flow, host, status, started_at, finished_at,
       finished_at - started_at AS duration,
       pages_fetched, articles_new, articles_updated, articles_unchanged, rejects, message
FROM crawl_runs
ORDER BY started_at DESC;

CREATE OR REPLACE VIEW v_rejects AS
SELECT stage, reason, outlet, url, times, last_seen_at, last_run_id
FROM rejects
ORDER BY last_seen_at DESC;
