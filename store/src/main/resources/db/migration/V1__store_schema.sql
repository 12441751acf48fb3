-- Bodies that file (or are expected to file) annual reports.
create table agency (
    id          bigserial primary key,
    name        text not null unique,
    level       text,
    region      text,
    created_at  timestamptz not null default now()
);

-- One report per body and year; its versions are the documents received for it.
create table report (
    id                  bigserial primary key,
    agency_id           bigint not null references agency (id),
    year                integer not null,
    current_version_id  bigint,
    first_stored_at     timestamptz not null,
    updated_at          timestamptz not null,
    constraint report_agency_year unique (agency_id, year)
);

-- Every document received for a report, identified by the SHA-256 of its content; never overwritten.
create table document_version (
    id              bigserial primary key,
    report_id       bigint not null references report (id),
    version_no      integer not null,
    sha256          text not null,
    source_url      text,
    canonical_url   text,
    portal_id       text,
    content_type    text,
    size_bytes      bigint,
    title           text,
    format          text,
    level           text,
    region          text,
    signed_on       date,
    published_on    date,
    fetched_at      timestamptz,
    parsed_at       timestamptz,
    validated_at    timestamptz,
    stored_at       timestamptz not null,
    narrative_json  text,
    provenance_json text,
    diagnostics_json text,
    constraint version_sha unique (report_id, sha256),
    constraint version_no unique (report_id, version_no)
);
alter table report add constraint report_current_version foreign key (current_version_id) references document_version (id);
create index document_version_stored_at on document_version (stored_at);

-- Every cell of every version; value null = blank in the filing.
create table cell (
    id          bigserial primary key,
    version_id  bigint not null references document_version (id),
    path        text not null,
    value       numeric,
    kind        text not null,
    constraint cell_path unique (version_id, path)
);

-- Every finding on every version: those received from the validator and those the store computes.
create table finding (
    id            bigserial primary key,
    version_id    bigint not null references document_version (id),
    origin        text not null,
    rule_id       text,
    rule_version  integer not null,
    kind          text not null,
    severity      text not null,
    cell          text,
    cells_json    text not null,
    observed      text,
    expected      text,
    message       text
);
create index finding_version on finding (version_id);

-- Every alert: one per finding that alerts (stable id), plus missing, late and revised filings.
create table alert (
    id               bigserial primary key,
    alert_id         text not null unique,
    agency_id        bigint not null references agency (id),
    year             integer,
    report_id        bigint references report (id),
    origin           text not null,
    rule_id          text,
    kind             text not null,
    severity         text not null,
    cell             text,
    observed         text,
    expected         text,
    message          text,
    document_url     text,
    raised_at        timestamptz not null,
    resolved_at      timestamptz,
    acknowledged_at  timestamptz,
    acknowledged_by  text
);
create index alert_agency_year on alert (agency_id, year);
create index alert_raised_at on alert (raised_at);
