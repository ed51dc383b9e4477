-- 004: run health per outlet, kept for SQL (the flow's artifact shows the same figures).
-- Written by the loader in the run's transaction (warehouse/sql/run_health.sql); the
-- verdict (failed_reason) is the flow's judgement against the floors in flows/health.py.

CREATE TABLE run_outlet_health (
    run_id              VARCHAR NOT NULL,
    outlet              VARCHAR NOT NULL,
    finish_reason       VARCHAR,               -- the crawl's; NULL for ingest/reprocess
    discovered          INTEGER,               -- article links found by the crawl
    pages_fetched       INTEGER,               -- archived responses of the run (all kinds)
    article_pages       INTEGER,               -- of which article pages with HTTP 200
    new_article_pages   INTEGER,               -- of which not already rejected by a past run
    articles            INTEGER,               -- articles extracted (distinct canonical URL)
    articles_new        INTEGER,
    articles_updated    INTEGER,
    articles_unchanged  INTEGER,
    events              INTEGER,               -- events of this run's articles
    rejects             INTEGER,               -- reject rows of the run (every stage)
    fetch_rejects       INTEGER,
    new_fetch_rejects   INTEGER,               -- article fetches not failing in a past run
    extract_rejects     INTEGER,
    share_published     DOUBLE,                -- of articles: with a publication date
    share_body          DOUBLE,                -- of articles + extract rejects: with a body
    share_author        DOUBLE,                -- of articles: with an author
    share_event_date    DOUBLE,                -- of articles: with a dated event
    failed_reason       VARCHAR,               -- why this outlet failed the run, or NULL
    PRIMARY KEY (run_id, outlet)
);

-- Rejects of a run grouped by why: a trailing "(...)" detail (redirect target, a length)
-- is dropped from the reason so that one failure mode is one row.
CREATE TABLE run_outlet_rejects (
    run_id    VARCHAR NOT NULL,
    outlet    VARCHAR NOT NULL,
    stage     VARCHAR NOT NULL,
    reason    VARCHAR NOT NULL,
    rejects   INTEGER NOT NULL,
    PRIMARY KEY (run_id, outlet, stage, reason)
);
