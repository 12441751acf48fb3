-- Originals may be kept in an S3-compatible object store (dw.store.originals.backend=s3): then the row keeps
-- the metadata and encoding, content is null and object_key names the object holding the stored bytes.
alter table original alter column content drop not null;
alter table original add column object_key text;
alter table original add constraint original_bytes_somewhere check (content is not null or object_key is not null);
