-- Mail that kept failing is kept as a dead letter for staff to retry or discard, with the kind of the last failure
-- (never its message, which can carry an address). Bodies may carry an OpenPGP-encrypted introduction.
alter table mail_outbox add column dead_at timestamp with time zone;
alter table mail_outbox add column last_error varchar(100);
alter table mail_outbox alter column body set data type varchar(200000);
create index mail_outbox_dead_ix on mail_outbox (dead_at);
