-- 006: articles found at URLs outside the outlet's article pattern, per run and outlet.
-- A page there is taken as an article only when it shows itself one (og:type article,
-- JSON-LD Article, article:published_time, a headline and a body of real length); a
-- count above zero says the site's URLs changed and the registry's pattern needs updating,
-- instead of those articles being lost without a trace. NULL for runs before this one.
ALTER TABLE run_outlet_health ADD COLUMN articles_outside_pattern INTEGER;
