-- 011: a page archived as a WARC revisit record (a deduplicating crawler's "same payload as
-- before") has its status and headers in its own record and its body in the original's:
-- payload_file and payload_offset name that original, so reprocess reads the page as ingest
-- and replay did. NULL for every other page, and for pages loaded before this migration.
ALTER TABLE pages ADD COLUMN payload_file VARCHAR;
ALTER TABLE pages ADD COLUMN payload_offset BIGINT;
