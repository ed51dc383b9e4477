-- 009: discovery bounds a crawl hit, per run and outlet: listing page limits and sitemap
-- bounds that stopped a walk which would have gone on (each also a warning and a discover
-- reject naming the bound). Above zero, articles beyond the bound may be missing: a backfill
-- walks listings to its --since and its page limit is only a safety net, so a hit there
-- says the range or the listing needs a look. NULL for runs without a crawl (ingest,
-- reprocess) and for runs before this migration.
ALTER TABLE run_outlet_health ADD COLUMN caps_hit INTEGER;
