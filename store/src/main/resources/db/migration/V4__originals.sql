-- The original of every fetched document, once per content (SHA-256), compressed when that makes it smaller.
-- size_bytes is the original's length, stored_bytes the length kept; encoding is 'gzip' or 'identity'.
create table original (
    sha256            text primary key,
    content_type      text,
    charset           text,
    size_bytes        bigint not null,
    encoding          text not null,
    stored_bytes      bigint not null,
    content           bytea not null,
    first_fetched_at  timestamptz,
    stored_at         timestamptz not null default now()
);
-- bytes of documents already compressed (PDF, images) are not compressed again by PostgreSQL either
alter table original alter column content set storage external;

-- Every fetch that produced an original: where and when it was fetched, as the fetcher reported it.
create table original_fetch (
    id             bigserial primary key,
    sha256         text not null references original (sha256),
    source_url     text not null,
    canonical_url  text,
    portal_id      text,
    agency_hint    text,
    published_on   date,
    fetched_at     timestamptz not null,
    content_type   text,
    charset        text,
    constraint original_fetch_once unique (sha256, source_url, fetched_at)
);
create index original_fetch_sha on original_fetch (sha256, fetched_at);
