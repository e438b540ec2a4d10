-- A queued mail may carry one attachment (a session's invitation in iCalendar): its file name and bytes sealed under
-- the mail's owner's keys like the rest of the mail; its media type (text/calendar; method=REQUEST) in the clear.
alter table mail_outbox add column attachment_name_sealed bytea;
alter table mail_outbox add column attachment_type varchar(100);
alter table mail_outbox add column attachment_sealed bytea;
