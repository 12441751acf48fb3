-- Which parser read each version, and every reading of it: the first when the version was stored, then one per
-- re-read (./dw reparse). document_version.parser_version / parsed_at are those of its latest reading.
alter table document_version add column parser_version text;

-- One reparse run: what was asked for, how many versions were selected and sent, and what the re-reads found.
create table reparse_run (
    id                 bigserial primary key,
    requested_at       timestamptz not null,
    requested_by       text,
    parser_older_than  text,
    region             text,
    dry_run            boolean not null,
    rate_per_second    double precision not null,
    selected           integer not null,
    without_original   integer not null default 0,
    sent               integer not null default 0,
    reread             integer not null default 0,
    changed            integer not null default 0,
    findings_added     integer not null default 0,
    findings_gone      integer not null default 0,
    sending_done_at    timestamptz
);

-- Every parse of a version. outcome: 'first' (stored from a fetch), 'changed' (a re-read whose cells or findings
-- differ: they replaced the version's cells and validator findings), 'confirmed' (a re-read that read the same),
-- 'not_a_report' (a re-read the parser no longer takes for an annual report: the stored reading stands).
-- The cells and findings of a version are those of its latest 'first' or 'changed' parse (tables cell, finding);
-- a parse whose reading was replaced keeps it here (cells_json: path -> value, findings_json: the validator's
-- findings), so no reading is ever lost. differences_json: what a 'changed' parse changed against the one before.
create table version_parse (
    id                bigserial primary key,
    version_id        bigint not null references document_version (id),
    parse_no          integer not null,
    outcome           text not null,
    parser_version    text,
    parsed_at         timestamptz,
    validated_at      timestamptz,
    stored_at         timestamptz not null,
    reparse_run_id    bigint references reparse_run (id),
    differences_json  text,
    cells_json        text,
    findings_json     text,
    constraint version_parse_no unique (version_id, parse_no)
);
-- one re-read of a version per run, however often the record is delivered
create unique index version_parse_once_per_run on version_parse (version_id, reparse_run_id)
    where reparse_run_id is not null;
alter sequence version_parse_id_seq increment by 50;

insert into version_parse (version_id, parse_no, outcome, parser_version, parsed_at, validated_at, stored_at)
select id, 1, 'first', null, parsed_at, validated_at, stored_at from document_version;
