-- Aggregates for the users' questions, built only on the marts (fct_/dim_). Every day and
-- month bucket is local: an event's own date, else its article's publication day in the
-- outlet's zone. Recreated on every open.

-- Events per province per month.
CREATE OR REPLACE VIEW v_events_per_province_month AS
SELECT coalesce(province, '(unknown)')           AS province,
       CAST(date_trunc('month', event_day) AS DATE) AS month,
       count(*)                                  AS events,
       sum(participants_count)                   AS participants
FROM fct_events
GROUP BY ALL
ORDER BY month, province;

-- Integrity-pact signings and how many signed: one row per report (event), with the
-- occasion it reports (v_integrity_pact_occasions: one row per occasion).
CREATE OR REPLACE VIEW v_integrity_pacts AS
SELECT event_date, province, regency, venue, participants_count, participants_group,
       outlet, article_title, article_url, occasion_id
FROM fct_events
WHERE list_contains(activities, 'pakta_integritas')
ORDER BY event_date NULLS LAST;

-- Which officials spoke where sanctions came up: one row per official (a person, with a name)
-- and event, with the occasion (v_sanction_official_occasions: one row per official and
-- occasion). Offices named without a person are the events' `offices`, not rows here.
CREATE OR REPLACE VIEW v_sanction_officials AS
SELECT official ->> 'title' AS title, official ->> 'name' AS name, regency, province,
       event_date, outlet, article_url, occasion_id
FROM (SELECT *, unnest(CAST(officials AS JSON[])) AS official FROM fct_events
      WHERE list_contains(activities, 'sanksi'))
ORDER BY event_date NULLS LAST;

-- Occasions, not reports (issue 16): each counted once however many outlets reported it,
-- with the number of reports beside it.

-- Every occasion with who, what, where, when, how many and who reported it.
CREATE OR REPLACE VIEW v_occasions AS
SELECT occasion_id, occasion_date, occasion_day, province, province_code, regency,
       regency_code, venue, activities, officials, participants_count, participants_reported,
       reports, outlet_count, outlets, urls, first_outlet, first_url, first_title,
       first_published_at
FROM fct_occasions
ORDER BY occasion_day NULLS LAST, occasion_id;

-- Occasions per province per month (local: the occasion's date, else its first report's day).
CREATE OR REPLACE VIEW v_occasions_per_province_month AS
SELECT coalesce(province, '(unknown)')                  AS province,
       CAST(date_trunc('month', occasion_day) AS DATE)  AS month,
       count(*)                                         AS occasions,
       sum(reports)                                     AS reports,
       sum(participants_count)                          AS participants
FROM fct_occasions
GROUP BY ALL
ORDER BY month, province;

-- Occasions per activity (an occasion with several activities counts once under each).
CREATE OR REPLACE VIEW v_occasions_per_activity AS
SELECT activity, count(*) AS occasions, sum(reports) AS reports
FROM (SELECT unnest(activities) AS activity, reports FROM fct_occasions)
GROUP BY ALL
ORDER BY occasions DESC, activity;

-- Occasions per outlet: each occasion counted once under every outlet that reported it, with
-- that outlet's reports of them and the occasions it reported first.
CREATE OR REPLACE VIEW v_occasions_per_outlet AS
SELECT e.outlet, any_value(e.outlet_name)                              AS outlet_name,
       count(DISTINCT e.occasion_id)                                   AS occasions,
       count(*)                                                        AS reports,
       count(DISTINCT e.occasion_id) FILTER (WHERE o.first_outlet = e.outlet) AS first_reports
FROM fct_events e
JOIN fct_occasions o USING (occasion_id)
GROUP BY e.outlet
ORDER BY occasions DESC, e.outlet;

-- Integrity-pact signings, one row per occasion.
CREATE OR REPLACE VIEW v_integrity_pact_occasions AS
SELECT occasion_id, occasion_date, province, regency, venue, participants_count,
       participants_reported, reports, outlets, first_title, first_url
FROM fct_occasions
WHERE list_contains(activities, 'pakta_integritas')
ORDER BY occasion_date NULLS LAST, occasion_id;

-- Officials where sanctions came up, one row per official and occasion.
CREATE OR REPLACE VIEW v_sanction_official_occasions AS
SELECT official ->> 'title' AS title, official ->> 'name' AS name, regency, province,
       occasion_date, occasion_id, reports, outlets
FROM (SELECT *, unnest(CAST(officials AS JSON[])) AS official FROM fct_occasions
      WHERE list_contains(activities, 'sanksi'))
ORDER BY occasion_date NULLS LAST, occasion_id;

-- Outlets' coverage per local publication month: articles, those about ASN neutrality, and
-- the events those articles report (each counted once, from its own mart).
CREATE OR REPLACE VIEW v_outlet_coverage AS
WITH arts AS (
    SELECT outlet, CAST(date_trunc('month', published_date_local) AS DATE) AS month,
           count(*) AS articles,
           count(*) FILTER (WHERE about_asn_neutrality) AS about_asn_neutrality
    FROM fct_articles GROUP BY ALL
), evs AS (
    SELECT outlet, CAST(date_trunc('month', published_date_local) AS DATE) AS month, count(*) AS events
    FROM fct_events GROUP BY ALL
)
SELECT arts.outlet, arts.month, arts.articles, arts.about_asn_neutrality,
       coalesce(evs.events, 0) AS events
FROM arts
LEFT JOIN evs ON evs.outlet = arts.outlet AND evs.month IS NOT DISTINCT FROM arts.month
ORDER BY arts.month, arts.outlet;

-- Articles per outlet per local publication day.
CREATE OR REPLACE VIEW v_articles_per_day AS
SELECT outlet, published_date_local AS day, count(*) AS articles
FROM fct_articles
GROUP BY ALL
ORDER BY day DESC, outlet;
