-- Marts for analysts (dbt-style fct_/dim_): what the users query. Recreated on every open.

CREATE OR REPLACE VIEW dim_outlets AS
SELECT slug AS outlet, name AS outlet_name, timezone, cms, hosts, enabled
FROM outlets;

CREATE OR REPLACE VIEW dim_regions AS
SELECT regency_code, regency, kind, short_name, province_code, province
FROM regions;

CREATE OR REPLACE VIEW fct_events AS
SELECT
    e.event_id,
    e.event_date,
    e.announced,
    e.event_date_raw,
    e.event_date_confidence,
    a.outlet,
    o.name                              AS outlet_name,
    a.canonical_url                     AS article_url,
    a.title                             AS article_title,
    a.published_at,
    e.province,
    e.province_code,
    e.regency,
    e.regency_code,
    e.organiser_region,
    e.organiser_region_code,
    e.venue,
    e.activities,
    e.officials,
    e.participants_count,
    e.participants_group,
    e.participants_phrase,
    e.organisations,
    e.relevance
FROM events e
JOIN articles a USING (canonical_url)
LEFT JOIN outlets o ON o.slug = a.outlet;

-- Events per province per month (event month, falling back to the publication month).
CREATE OR REPLACE VIEW v_events_per_province_month AS
SELECT coalesce(province, '(unknown)')                      AS province,
       date_trunc('month', coalesce(event_date, CAST(published_at AS DATE))) AS month,
       count(*)                                              AS events,
       sum(participants_count)                               AS participants
FROM fct_events
GROUP BY ALL
ORDER BY month, province;

-- Integrity-pact signings and how many signed.
CREATE OR REPLACE VIEW v_integrity_pacts AS
SELECT event_date, province, regency, venue, participants_count, participants_group,
       outlet, article_title, article_url
FROM fct_events
WHERE list_contains(activities, 'pakta_integritas')
ORDER BY event_date NULLS LAST;

-- Which officials spoke where sanctions came up.
CREATE OR REPLACE VIEW v_sanction_officials AS
SELECT official ->> 'title' AS title, official ->> 'name' AS name, regency, province,
       event_date, outlet, article_url
FROM (SELECT *, unnest(CAST(officials AS JSON[])) AS official FROM fct_events
      WHERE list_contains(activities, 'sanksi'))
ORDER BY event_date NULLS LAST;

-- Outlets' coverage over time: articles, those about ASN neutrality, and events.
CREATE OR REPLACE VIEW v_outlet_coverage AS
SELECT a.outlet,
       date_trunc('month', CAST(a.published_at AS DATE)) AS month,
       count(*)                                           AS articles,
       count(*) FILTER (WHERE a.about_asn_neutrality)     AS about_asn_neutrality,
       count(e.event_id)                                  AS events
FROM articles a
LEFT JOIN events e USING (canonical_url)
GROUP BY ALL
ORDER BY month, a.outlet;
