-- The public pages' rate limits, shared by every instance on PostgreSQL (Bucket4j's table, platform/limits): one row
-- per limit and key, where a key is a digest (a daily-salted hash of an address, a link's digest), never an address or
-- a link. expires_at (epoch milliseconds) is when the bucket is full again; a job deletes rows past it, so nothing
-- about who was counted outlives the window. On the embedded database the limits are counted in memory and this table
-- stays empty.
create table rate_limit_bucket (
    id varchar(160) not null,
    state bytea,
    expires_at bigint,
    constraint rate_limit_bucket_pk primary key (id)
);
create index rate_limit_bucket_expires_at_idx on rate_limit_bucket (expires_at);

-- Secrets every instance must share (the status cookie's MAC key, the daily salt of requester keys): one row per
-- purpose and period, made by the first instance that needs it, sealed by the privacy module (SharedSecrets), and
-- deleted once retire_after has passed.
create table shared_secret (
    purpose varchar(40) not null,
    period bigint not null,
    sealed bytea not null,
    created_at timestamp with time zone not null,
    retire_after timestamp with time zone not null,
    constraint shared_secret_pk primary key (purpose, period)
);
create index shared_secret_retire_after_idx on shared_secret (retire_after);
