-- Whether a filing's report page is still on its portal, as the fetcher decides it (topic
-- dw.filings.availability.v1): one row per report URL, with the withdrawal it is in or the last one it came
-- back from. The report, its versions and originals stay stored and served whatever this says.
create table filing_availability (
    id                bigserial primary key,
    document_url      text not null unique,
    report_id         bigint references report (id),
    portal_id         text,
    listing_url       text,
    -- withdrawn | restored
    status            text not null,
    reason            text,
    gone_since        timestamptz,
    withdrawn_at      timestamptz,
    restored_at       timestamptz,
    -- the filing_withdrawn alert of the current (or last) withdrawal
    alert_id          text,
    -- when the fetcher observed the last event applied; an older event arriving late changes nothing
    last_observed_at  timestamptz not null,
    updated_at        timestamptz not null
);
create index filing_availability_report on filing_availability (report_id);
-- the availability consumer finds a report by the URL of its versions
create index document_version_canonical_url on document_version (canonical_url);
