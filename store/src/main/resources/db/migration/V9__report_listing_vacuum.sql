-- The report listing reads a page's ids and its count from the listing indexes alone (index-only scans). Those
-- stay index-only only while the visibility map covers the table, which autovacuum maintains. By default it
-- waits for 20 % of the table to be new or changed: after a bulk load of a year's filings the listing would read
-- every row's heap page for weeks of ingest. Vacuum the report table after every 2 % instead (it is narrow:
-- one row per filing).
alter table report set (
    autovacuum_vacuum_insert_scale_factor = 0.02,
    autovacuum_vacuum_scale_factor = 0.02,
    autovacuum_analyze_scale_factor = 0.02
);
