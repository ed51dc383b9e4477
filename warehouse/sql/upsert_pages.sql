INSERT INTO pages
SELECT warc_file, warc_offset, url, outlet, status, kind, content_type,
       CAST(fetched_at AS TIMESTAMPTZ), run_id, replayed,
       redirect_urls, feed_published, feed_title
FROM stage_pages
QUALIFY row_number() OVER (PARTITION BY warc_file, warc_offset ORDER BY fetched_at DESC) = 1
ON CONFLICT (warc_file, warc_offset) DO NOTHING;
