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

-- Integrity-pact signings and how many signed.
CREATE OR REPLACE VIEW v_integrity_pacts AS
SELECT event_date, province, regency, venue, participants_count, participants_group,
       outlet, article_title, article_url
FROM fct_events
WHERE list_contains(activities, 'pakta_integritas')
ORDER BY event_date NULLS LAST;

-- Which officials spoke where sanctions came up: one row per official and event.
CREATE OR REPLACE VIEW v_sanction_officials AS
SELECT official ->> 'title' AS title, official ->> 'name' AS name, regency, province,
       event_date, outlet, article_url
FROM (SELECT *, unnest(CAST(officials AS JSON[])) AS official FROM fct_events
      WHERE list_contains(activities, 'sanksi'))
ORDER BY event_date NULLS LAST;

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
