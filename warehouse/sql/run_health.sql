-- Health of one run per outlet, from what this transaction loaded: temp table run_health.
-- Needs stage_pages, stage_rejects (this run's staged rows), run_articles (every article
-- extracted by the run, with its change) and the rejects table after this run's upsert.
-- A "known" failure is a URL already rejected (fetch/extract) by an earlier run: it is
-- refetched every night without being news, so it does not count as a new failure.
-- (now() is this transaction's start, so rows upserted by this load are never "earlier".)
CREATE OR REPLACE TEMP TABLE run_health AS
WITH outlets AS (
    SELECT unnest(CAST($outlets AS VARCHAR[])) AS outlet
    UNION SELECT outlet FROM run_articles
    UNION SELECT outlet FROM stage_pages WHERE outlet IS NOT NULL
    UNION SELECT coalesce(outlet, '?') FROM stage_rejects
),
known AS (
    SELECT DISTINCT url FROM rejects
    WHERE stage IN ('fetch', 'extract') AND first_seen_at < now()
      AND first_run_id IS DISTINCT FROM $run_id
),
pages AS (
    SELECT outlet, count(*) AS pages_fetched,
           count(DISTINCT url) FILTER (WHERE kind = 'article' AND status = 200)
               AS article_pages,
           count(DISTINCT url) FILTER (WHERE kind = 'article' AND status = 200
                                       AND url NOT IN (SELECT url FROM known))
               AS new_article_pages
    FROM stage_pages GROUP BY outlet
),
rejected AS (
    SELECT coalesce(outlet, '?') AS outlet, count(*) AS rejects,
           count(DISTINCT url) FILTER (WHERE stage = 'fetch') AS fetch_rejects,
           count(DISTINCT url) FILTER (WHERE stage = 'fetch'
                                       AND url NOT IN (SELECT url FROM known))
               AS new_fetch_rejects,
           count(DISTINCT url) FILTER (WHERE stage = 'extract') AS extract_rejects
    FROM stage_rejects GROUP BY 1
),
changes AS (
    SELECT outlet, count(*) FILTER (WHERE change = 'new') AS articles_new,
           count(*) FILTER (WHERE change = 'updated') AS articles_updated,
           count(*) FILTER (WHERE change = 'unchanged') AS articles_unchanged,
           count(DISTINCT canonical_url) FILTER (WHERE outside_pattern)
               AS articles_outside_pattern
    FROM run_articles GROUP BY outlet
),
run_events AS (  -- aggregated once: a correlated count per article is quadratic-ish
    SELECT canonical_url, count(*) AS events,
           bool_or(event_date IS NOT NULL) AS dated_event
    FROM events
    WHERE canonical_url IN (SELECT canonical_url FROM run_articles)
    GROUP BY canonical_url
),
extracted AS (
    SELECT r.outlet, a.published_at, a.author, a.text,
           coalesce(e.events, 0) AS events, coalesce(e.dated_event, false) AS dated_event
    FROM (SELECT DISTINCT outlet, canonical_url FROM run_articles) r
    JOIN articles a USING (canonical_url)
    LEFT JOIN run_events e USING (canonical_url)
),
coverage AS (
    SELECT outlet, count(*) AS articles, sum(events) AS events,
           avg(CAST(published_at IS NOT NULL AS INTEGER)) AS share_published,
           count(*) FILTER (WHERE trim(coalesce(text, '')) <> '') AS with_body,
           avg(CAST(length(trim(coalesce(author, ''))) > 0 AS INTEGER)) AS share_author,
           avg(CAST(dated_event AS INTEGER)) AS share_event_date
    FROM extracted GROUP BY outlet
)
SELECT o.outlet,
       coalesce(p.pages_fetched, 0) AS pages_fetched,
       coalesce(p.article_pages, 0) AS article_pages,
       coalesce(p.new_article_pages, 0) AS new_article_pages,
       coalesce(c.articles, 0) AS articles,
       coalesce(ch.articles_new, 0) AS articles_new,
       coalesce(ch.articles_updated, 0) AS articles_updated,
       coalesce(ch.articles_unchanged, 0) AS articles_unchanged,
       coalesce(ch.articles_outside_pattern, 0) AS articles_outside_pattern,
       coalesce(c.events, 0) AS events,
       coalesce(r.rejects, 0) AS rejects,
       coalesce(r.fetch_rejects, 0) AS fetch_rejects,
       coalesce(r.new_fetch_rejects, 0) AS new_fetch_rejects,
       coalesce(r.extract_rejects, 0) AS extract_rejects,
       c.share_published,
       -- an article page whose body could not be found is an extract reject: it counts
       CASE WHEN coalesce(c.articles, 0) + coalesce(r.extract_rejects, 0) > 0
            THEN coalesce(c.with_body, 0)
                 / (coalesce(c.articles, 0) + coalesce(r.extract_rejects, 0)) END
           AS share_body,
       c.share_author,
       c.share_event_date
FROM outlets o
LEFT JOIN pages p USING (outlet)
LEFT JOIN rejected r USING (outlet)
LEFT JOIN changes ch USING (outlet)
LEFT JOIN coverage c USING (outlet)
ORDER BY o.outlet;
