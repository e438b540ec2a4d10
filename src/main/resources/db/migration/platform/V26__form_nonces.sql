-- The nonces of the public forms sent within the last day, shared by every instance on PostgreSQL (platform/nonces),
-- so that a form sent twice makes one request whichever instances the two posts reach. digest is the SHA-256 (hex)
-- of the form's name and the nonce, never the nonce; the row is written in the transaction that stores the request
-- or application. A nonce counts until expires_at, a day after it was sent; a job deletes rows past it. On the
-- embedded database the nonces are kept in memory and this table stays empty.
create table form_nonce (
    digest char(64) not null,
    expires_at timestamp with time zone not null,
    constraint form_nonce_pk primary key (digest)
);
create index form_nonce_expires_at_idx on form_nonce (expires_at);
