-- 002: fields kept beside the body text (extractor version 2): who edited it, how the
-- outlet tagged it, and the photo caption (with its credit). Appended at the end of the
-- table, so SELECT * of 001's columns keeps its order.

ALTER TABLE articles ADD COLUMN editor VARCHAR;
ALTER TABLE articles ADD COLUMN tags VARCHAR[];
ALTER TABLE articles ADD COLUMN caption VARCHAR;
