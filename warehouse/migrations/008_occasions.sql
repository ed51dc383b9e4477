-- 008: one occasion, many reports (issue 16). Written by the loader in the run's transaction
-- (warehouse/occasions.py): MinHash signatures of article texts, clusters of near-identical
-- articles, and occasions (the events of different articles that report one occasion).

-- One MinHash signature per article text (transforms/occasions/near_duplicates.py), kept so
-- a load hashes only new or changed texts; text_hash says which text it was computed from.
CREATE TABLE article_signatures (
    canonical_url  VARCHAR PRIMARY KEY,
    text_hash      VARCHAR NOT NULL,
    published_at   TIMESTAMPTZ,                -- the article's, when hashed (first publisher)
    minhash        BLOB,                       -- NULL: text too short to compare
    shingles       INTEGER,
    bands          BIGINT[]                    -- one key per LSH band (candidates by a join)
);

-- Articles with at least one near-identical copy: one row per member.
CREATE TABLE article_clusters (
    canonical_url    VARCHAR PRIMARY KEY,
    cluster_id       VARCHAR NOT NULL,         -- from the first publisher's URL
    similarity       DOUBLE,                   -- estimated Jaccard similarity to the first
    first_publisher  VARCHAR NOT NULL          -- canonical URL of the earliest member
);

-- One row per occasion (an event reported once is an occasion with one report).
CREATE TABLE occasions (
    occasion_id         VARCHAR PRIMARY KEY,   -- from the earliest report's event id
    occasion_date       DATE,
    regency             VARCHAR,
    regency_code        VARCHAR,
    province            VARCHAR,
    province_code       VARCHAR,
    venue               VARCHAR,
    activities          VARCHAR[],
    officials           JSON,                  -- [{"title", "name"}], merged over reports
    participants_count  INTEGER,               -- as the earliest report giving one says
    participants_reported INTEGER[],           -- every count reported
    reports             INTEGER NOT NULL,
    outlets             VARCHAR[],
    urls                VARCHAR[],
    event_ids           VARCHAR[],             -- the events that report it
    first_event_id      VARCHAR NOT NULL,
    first_url           VARCHAR NOT NULL,
    first_published_at  TIMESTAMPTZ,
    updated_run_id      VARCHAR                -- the run that last changed this row
);

-- What the occasions were last computed from (a fingerprint of every event's matching
-- fields, its article's outlet and publication, its cluster): equal means nothing to redo.
CREATE TABLE occasion_state (
    name   VARCHAR PRIMARY KEY,
    value  VARCHAR
);

ALTER TABLE events ADD COLUMN occasion_id VARCHAR;
