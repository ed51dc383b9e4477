-- 003: article relevance (is it about ASN neutrality in the elections?) and the region
-- dimension (Indonesia's regencies/cities with Kemendagri codes, from transforms/places/data).

ALTER TABLE articles ADD COLUMN relevance DOUBLE;
ALTER TABLE articles ADD COLUMN about_asn_neutrality BOOLEAN;

CREATE TABLE regions (
    regency_code   VARCHAR PRIMARY KEY,
    regency        VARCHAR NOT NULL,
    kind           VARCHAR,                    -- kota | kabupaten
    short_name     VARCHAR,
    province_code  VARCHAR NOT NULL,
    province       VARCHAR NOT NULL
);
