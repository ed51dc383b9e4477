-- 005: where an occasion took place and whose government or election body held it can differ
-- (a city's training held in a neighbouring kabupaten): the organiser's regency, NULL when it
-- is the place's.

ALTER TABLE events ADD COLUMN organiser_region VARCHAR;
ALTER TABLE events ADD COLUMN organiser_region_code VARCHAR;

-- Region names are now written as the regions' governments write them ("Kota Padang",
-- "Sumatera Barat"), as events carry them: the dimension is refilled from the shipped tables
-- by the next load (warehouse/load.py sync_regions fills an empty table).
DELETE FROM regions;
