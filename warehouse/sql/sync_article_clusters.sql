-- article_clusters := new_clusters (a temp table, warehouse/occasions.py), touching only the
-- rows that differ, so a rerun writes nothing.
CREATE OR REPLACE TEMP TABLE changed_clusters AS
SELECT * FROM new_clusters EXCEPT SELECT * FROM article_clusters;

DELETE FROM article_clusters
WHERE canonical_url NOT IN (SELECT canonical_url FROM new_clusters)
   OR canonical_url IN (SELECT canonical_url FROM changed_clusters);

INSERT INTO article_clusters BY NAME SELECT * FROM changed_clusters;
