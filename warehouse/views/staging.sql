-- Staging (dbt's stg_ layer): one row per thing, renamed and cast, with every date bucket in
-- local time. Marts and aggregates read only from here. Recreated on every open.
-- Local time is the outlet's zone; sites outside the registry (other:<host>) use
-- Asia/Jakarta.

CREATE OR REPLACE VIEW stg_articles AS
SELECT
    a.canonical_url,
    a.url,
    a.outlet,
    coalesce(o.name, a.outlet)                          AS outlet_name,
    coalesce(o.timezone, 'Asia/Jakarta')                AS outlet_timezone,
    a.title,
    a.author,
    a.editor,
    a.tags,
    a.caption,
    a.published_at,
    timezone(coalesce(o.timezone, 'Asia/Jakarta'), a.published_at) AS published_local,
    CAST(timezone(coalesce(o.timezone, 'Asia/Jakarta'), a.published_at) AS DATE)
                                                        AS published_date_local,
    a.published_raw,
    a.published_source,
    a.dateline,
    a.text,
    length(a.text)                                      AS text_chars,
    a.language,
    a.relevance,
    coalesce(a.about_asn_neutrality, false)             AS about_asn_neutrality,
    a.fetched_at,
    a.run_id,
    a.updated_run_id
FROM articles a
LEFT JOIN outlets o ON o.slug = a.outlet;

-- One row per event. `event_day` is the day an analyst buckets the event by: its own date
-- (already local to where it took place), else the article's local publication day.
CREATE OR REPLACE VIEW stg_events AS
SELECT
    e.*,
    coalesce(e.event_date, a.published_date_local)      AS event_day,
    CASE WHEN e.event_date IS NOT NULL THEN 'event_date'
         WHEN a.published_date_local IS NOT NULL THEN 'published'
    END                                                 AS event_day_source
FROM events e
JOIN stg_articles a USING (canonical_url);

-- One row per occasion (warehouse/occasions.py): `occasion_day` is its own date, else the
-- local publication day of its earliest report.
CREATE OR REPLACE VIEW stg_occasions AS
SELECT
    o.*,
    coalesce(o.occasion_date, a.published_date_local)   AS occasion_day,
    a.outlet                                            AS first_outlet,
    a.title                                             AS first_title
FROM occasions o
LEFT JOIN stg_articles a ON a.canonical_url = o.first_url;

-- One row per member of a cluster of near-identical articles.
CREATE OR REPLACE VIEW stg_article_clusters AS
SELECT c.cluster_id, c.canonical_url, c.similarity, c.first_publisher,
       a.outlet, f.outlet AS first_outlet
FROM article_clusters c
JOIN stg_articles a USING (canonical_url)
LEFT JOIN stg_articles f ON f.canonical_url = c.first_publisher;
