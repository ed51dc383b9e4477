-- A fingerprint of everything occasion merging reads (warehouse/occasions.py): every
-- event's matching fields, its article's outlet and publication, its cluster.
SELECT count(*) || ':' || coalesce(bit_xor(hash(
           e.event_id, e.canonical_url, e.event_date, e.regency_code, e.province_code,
           e.regency, e.province, e.venue, e.activities, CAST(e.officials AS VARCHAR),
           e.participants_count, a.outlet, a.published_at, a.published_date_local,
           c.cluster_id)), 0)
FROM events e
JOIN stg_articles a USING (canonical_url)
LEFT JOIN article_clusters c USING (canonical_url);
