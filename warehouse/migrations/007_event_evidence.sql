-- 007: where each field of an event was read (transforms/events/evidence.py): per field the
-- words as written, their character span in articles.text and their sentence, as JSON.

ALTER TABLE events ADD COLUMN evidence JSON;
