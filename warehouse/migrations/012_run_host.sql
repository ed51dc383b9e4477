-- 012: the host that ran each run. With several crawl hosts (README "Scaling out") a run
-- loaded from the shared storage says which machine crawled it: socket.gethostname(), or
-- $WARTA_HOST_NAME where host names say nothing (containers). Recorded where the run ran,
-- not where it was loaded. NULL for runs recorded before this migration.
ALTER TABLE crawl_runs ADD COLUMN host VARCHAR;
