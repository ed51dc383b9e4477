-- The region dimension from the shipped tables, one list per column (zipped by unnest).
INSERT INTO regions BY NAME
SELECT unnest(CAST($regency_code AS VARCHAR[])) AS regency_code,
       unnest(CAST($regency AS VARCHAR[])) AS regency,
       unnest(CAST($kind AS VARCHAR[])) AS kind,
       unnest(CAST($short_name AS VARCHAR[])) AS short_name,
       unnest(CAST($province_code AS VARCHAR[])) AS province_code,
       unnest(CAST($province AS VARCHAR[])) AS province;
