-- Mail about an organization or a request names its owner, so a purge can take back what has not been sent yet.
alter table mail_outbox add column owner_id uuid;
create index mail_outbox_owner_idx on mail_outbox (owner_id);
