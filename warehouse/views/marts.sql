-- Marts for analysts (dbt-style fct_/dim_): what the users query, built on staging only.
-- Recreated on every open.

CREATE OR REPLACE VIEW dim_outlets AS
SELECT slug AS outlet, name AS outlet_name, timezone, cms, hosts, enabled
FROM outlets;

CREATE OR REPLACE VIEW dim_regions AS
SELECT regency_code, regency, kind, short_name, province_code, province
FROM regions;

-- One row per article.
CREATE OR REPLACE VIEW fct_articles AS
SELECT
    a.canonical_url                      AS article_url,
    a.outlet,
    a.outlet_name,
    a.title                              AS article_title,
    a.author,
    a.published_at,
    a.published_local,
    a.published_date_local,
    a.published_source,
    a.text_chars,
    a.relevance,
    a.about_asn_neutrality,
    (SELECT count(*) FROM stg_events e WHERE e.canonical_url = a.canonical_url) AS events
FROM stg_articles a;

-- One row per event. `officials`: the persons named, each with a title and a name; `offices`:
-- offices named without a person (title, region), context rather than officials.
CREATE OR REPLACE VIEW fct_events AS
SELECT
    e.event_id,
    e.event_date,
    e.event_day,
    e.event_day_source,
    e.announced,
    e.event_date_raw,
    e.event_date_confidence,
    a.outlet,
    a.outlet_name,
    a.canonical_url                     AS article_url,
    a.title                             AS article_title,
    a.published_at,
    a.published_date_local,
    e.province,
    e.province_code,
    e.regency,
    e.regency_code,
    e.organiser_region,
    e.organiser_region_code,
    e.evidence,
    e.venue,
    e.activities,
    e.officials,
    e.offices,
    e.participants_count,
    e.participants_group,
    e.participants_phrase,
    e.organisations,
    e.relevance,
    e.occasion_id,
    c.cluster_id
FROM stg_events e
JOIN stg_articles a USING (canonical_url)
LEFT JOIN stg_article_clusters c USING (canonical_url);

-- One row per occasion: the events of different articles that report one occasion, merged
-- (transforms/occasions/occasions.py), with how many reports and which outlets and URLs.
CREATE OR REPLACE VIEW fct_occasions AS
SELECT
    occasion_id,
    occasion_date,
    occasion_day,
    province,
    province_code,
    regency,
    regency_code,
    venue,
    activities,
    officials,
    participants_count,
    participants_reported,
    reports,
    len(outlets)                        AS outlet_count,
    outlets,
    urls,
    first_event_id,
    first_url,
    first_outlet,
    first_title,
    first_published_at
FROM stg_occasions;

-- One row per article in a cluster of near-identical articles (syndicated copies).
CREATE OR REPLACE VIEW fct_article_clusters AS
SELECT * FROM stg_article_clusters;
