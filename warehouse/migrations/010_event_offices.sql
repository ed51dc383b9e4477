-- 010: an office named without a person ("Bupati", "Kepala Kesbangpol" addressed or issuing a
-- circular) is not an official: officials are persons with a title and a name, what users
-- count and cite. Events keep such offices apart, as [{"title", "region"}]
-- (transforms/events/record.py). Rows written before this migration are split the same way,
-- so old and new events read alike until they are extracted again.

ALTER TABLE events ADD COLUMN offices JSON;

UPDATE events
SET offices = to_json(list_transform(
        list_filter(CAST(officials AS JSON[]), lambda o: coalesce(o ->> 'name', '') = ''),
        lambda o: json_object('title', o ->> 'title', 'region', o ->> 'region'))),
    officials = to_json(list_filter(CAST(officials AS JSON[]),
                                    lambda o: coalesce(o ->> 'name', '') <> ''))
WHERE officials IS NOT NULL;
