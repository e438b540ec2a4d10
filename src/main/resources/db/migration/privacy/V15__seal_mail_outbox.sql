-- Queued mail is sealed under the keys of its owner (the request, organization, provider, account or invitation it
-- concerns): recipient, subject and body are kept only as ciphertext, so a purge that destroys the owner's keys makes
-- every letter about them unreadable, queued or dead. Mail queued by earlier versions is sealed by the application
-- at start-up (LegacyOutboxMail) and its plain columns are emptied; a later release drops them.
alter table mail_outbox add column recipient_sealed bytea;
alter table mail_outbox add column subject_sealed bytea;
alter table mail_outbox add column body_sealed bytea;
alter table mail_outbox alter column recipient drop not null;
alter table mail_outbox alter column subject drop not null;
alter table mail_outbox alter column body drop not null;
