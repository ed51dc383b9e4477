-- One outlet of the registry (warta outlets), inserted or brought up to date.
INSERT OR REPLACE INTO outlets BY NAME
SELECT $slug AS slug, $name AS name, $timezone AS timezone, $cms AS cms,
       CAST($hosts AS VARCHAR[]) AS hosts, $enabled AS enabled;
