-- When the broker acknowledged the CloudEvent of one of the store's own alerts; null until then, so that
-- the scheduled check can send again what was raised while the broker was away.
alter table alert add column sent_at timestamptz;
create index alert_unsent on alert (raised_at) where origin = 'store' and sent_at is null;
