-- TOTP secrets are sealed under each account's key from now on. Secrets stored before this version are sealed by
-- the application at start-up (LegacyTotpSecrets) and the plain column is then emptied; a later release drops it.
alter table account add column totp_secret_sealed bytea;
