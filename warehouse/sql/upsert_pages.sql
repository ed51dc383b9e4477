INSERT INTO pages BY NAME
SELECT * EXCLUDE (filename)
FROM stage_pages
QUALIFY row_number() OVER (PARTITION BY warc_file, warc_offset ORDER BY fetched_at DESC) = 1
ON CONFLICT (warc_file, warc_offset) DO NOTHING;
