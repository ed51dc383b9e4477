-- Articles whose content changed since they were loaded (new ones: insert_new_articles.sql).
INSERT INTO articles
SELECT canonical_url, url, outlet, title, author, CAST(published_at AS TIMESTAMPTZ),
       published_raw, published_source, dateline, text, text_hash, language,
       warc_file, warc_offset, CAST(fetched_at AS TIMESTAMPTZ), extractor_version,
       $run_id, $run_id, now(), now(), editor, tags, caption, relevance, about_asn_neutrality
FROM batch_articles
WHERE change = 'updated'
ON CONFLICT (canonical_url) DO UPDATE SET
    url = excluded.url, title = excluded.title, author = excluded.author,
    published_at = excluded.published_at, published_raw = excluded.published_raw,
    published_source = excluded.published_source, dateline = excluded.dateline,
    text = excluded.text, text_hash = excluded.text_hash, language = excluded.language,
    warc_file = excluded.warc_file, warc_offset = excluded.warc_offset,
    fetched_at = excluded.fetched_at, extractor_version = excluded.extractor_version,
    updated_run_id = excluded.updated_run_id, updated_at = now(),
    editor = excluded.editor, tags = excluded.tags, caption = excluded.caption,
    relevance = excluded.relevance, about_asn_neutrality = excluded.about_asn_neutrality;
