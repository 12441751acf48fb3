-- Reads answered by SQL: each report carries its summary (status, deadline, the current version's title,
-- format, dates, counts) computed at ingest and recomputed when a later filing or a check changes it, and
-- the sums the aggregates and the region chart add up. Ids come from sequences handed out 50 at a time, so
-- that inserts can be batched.

alter table report add column agency_name   text;
alter table report add column level         text;
alter table report add column region        text;
alter table report add column status        text;
alter table report add column deadline      date;
alter table report add column title         text;
alter table report add column format        text;
alter table report add column published_on  date;
alter table report add column fetched_at    timestamptz;
alter table report add column source_url    text;
alter table report add column versions      integer not null default 0;
alter table report add column findings      integer not null default 0;

update report r set agency_name = a.name, level = a.level, region = a.region from agency a where a.id = r.agency_id;
update report r set title = v.title, format = v.format, published_on = v.published_on, fetched_at = v.fetched_at,
                    source_url = v.source_url
  from document_version v where v.id = r.current_version_id;
update report r set versions = (select count(*) from document_version v where v.report_id = r.id),
                    findings = (select count(*) from finding f where f.version_id = r.current_version_id);
-- the status of reports stored before this migration is computed at the next start (SummaryBackfill)

create index report_listing on report (year desc, agency_name, id);
create index report_region_listing on report (region, year desc, agency_name, id);
create index report_status_listing on report (status, year desc, agency_name, id);
create index report_agency_name on report (agency_name, year);
create index agency_region_name on agency (region, name);

-- Sums of one report's current version, for the aggregates (blank cells add nothing).
create table report_totals (
    report_id          bigint primary key references report (id),
    applications       numeric not null,
    granted            numeric not null,
    partially_granted  numeric not null,
    denied             numeric not null,
    unavailable        numeric not null,
    not_processed      numeric not null,
    other              numeric not null,
    reviews            numeric not null,
    reviews_pending    numeric not null,
    reviews_corrected  numeric not null
);

-- Open alerts newest first (the dashboard's feed), and the missing filings of the grid.
create index alert_open_raised on alert (raised_at desc, id desc) where resolved_at is null;
create index alert_open_kind on alert (kind, agency_id, year) where resolved_at is null;
create index alert_listing on alert (raised_at desc, id desc);
drop index if exists alert_raised_at;
create index finding_kind on finding (version_id, origin, rule_id);

alter sequence agency_id_seq increment by 50;
alter sequence report_id_seq increment by 50;
alter sequence document_version_id_seq increment by 50;
alter sequence cell_id_seq increment by 50;
alter sequence finding_id_seq increment by 50;
alter sequence alert_id_seq increment by 50;

-- the lag panel's newest fetch and publication dates
create index document_version_fetched_at on document_version (fetched_at);
create index document_version_published_on on document_version (published_on);
