-- 001: the raw tables. Append/upsert only; analysts read the views in warehouse/views/.

CREATE TABLE outlets (
    slug        VARCHAR PRIMARY KEY,
    name        VARCHAR NOT NULL,
    timezone    VARCHAR NOT NULL,
    cms         VARCHAR,
    hosts       VARCHAR[],
    enabled     BOOLEAN
);

CREATE TABLE crawl_runs (
    run_id          VARCHAR PRIMARY KEY,
    flow            VARCHAR NOT NULL,          -- nightly | backfill | reprocess | ingest
    started_at      TIMESTAMPTZ,
    finished_at     TIMESTAMPTZ,
    status          VARCHAR,                   -- loaded | failed
    outlets         VARCHAR[],
    params          JSON,
    pages_fetched   INTEGER,
    articles_new    INTEGER,
    articles_updated INTEGER,
    articles_unchanged INTEGER,
    rejects         INTEGER,
    outlet_stats    JSON,                      -- per outlet: crawl stats and finish reason
    message         VARCHAR
);

-- Every fetch, one row per archived response record.
CREATE TABLE pages (
    warc_file     VARCHAR NOT NULL,
    warc_offset   BIGINT NOT NULL,
    url           VARCHAR NOT NULL,
    outlet        VARCHAR,
    status        INTEGER,
    kind          VARCHAR,                     -- feed | sitemap | listing | article | other
    content_type  VARCHAR,
    fetched_at    TIMESTAMPTZ,
    run_id        VARCHAR,
    replayed      BOOLEAN,
    redirect_urls VARCHAR[],                   -- the URLs that redirected here
    feed_published VARCHAR,                    -- discovery hints, kept so reprocess can
    feed_title    VARCHAR,                     -- re-extract exactly as the crawl did
    PRIMARY KEY (warc_file, warc_offset)
);

CREATE TABLE articles (
    canonical_url     VARCHAR PRIMARY KEY,
    url               VARCHAR NOT NULL,
    outlet            VARCHAR NOT NULL,
    title             VARCHAR,
    author            VARCHAR,
    published_at      TIMESTAMPTZ,
    published_raw     VARCHAR,
    published_source  VARCHAR,                 -- jsonld | meta | byline | feed
    dateline          VARCHAR,
    text              VARCHAR,
    text_hash         VARCHAR NOT NULL,
    language          VARCHAR,
    warc_file         VARCHAR,
    warc_offset       BIGINT,
    fetched_at        TIMESTAMPTZ,
    extractor_version VARCHAR,
    run_id            VARCHAR,                 -- the run that first loaded it
    updated_run_id    VARCHAR,                 -- the run that last changed it
    loaded_at         TIMESTAMPTZ,
    updated_at        TIMESTAMPTZ
);

-- Every URL an article was reached by (feed link, redirect source, alias) -> its canonical URL.
CREATE TABLE article_urls (
    url            VARCHAR PRIMARY KEY,
    canonical_url  VARCHAR NOT NULL,
    run_id         VARCHAR
);

-- Filled by event extraction (a later stage); one or more per article.
CREATE TABLE events (
    event_id            VARCHAR PRIMARY KEY,
    canonical_url       VARCHAR NOT NULL,
    event_date          DATE,
    event_date_raw      VARCHAR,
    event_date_confidence DOUBLE,
    announced           BOOLEAN,
    activities          VARCHAR[],
    venue               VARCHAR,
    regency             VARCHAR,
    regency_code        VARCHAR,
    province            VARCHAR,
    province_code       VARCHAR,
    officials           JSON,
    participants_count  INTEGER,
    participants_group  VARCHAR,
    participants_phrase VARCHAR,
    organisations       VARCHAR[],
    relevance           DOUBLE,
    run_id              VARCHAR,
    extractor_version   VARCHAR
);

-- What could not be fetched, discovered or extracted, with why. One row per (url, stage, reason).
CREATE TABLE rejects (
    url            VARCHAR NOT NULL,
    stage          VARCHAR NOT NULL,           -- discover | fetch | extract | load
    reason         VARCHAR NOT NULL,
    outlet         VARCHAR,
    first_run_id   VARCHAR,
    last_run_id    VARCHAR,
    first_seen_at  TIMESTAMPTZ,
    last_seen_at   TIMESTAMPTZ,
    times          INTEGER,
    PRIMARY KEY (url, stage, reason)
);
