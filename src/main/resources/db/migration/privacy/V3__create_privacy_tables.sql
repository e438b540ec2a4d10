-- Purges: one row per owner whose data is being or was destroyed. The owner id is a random identifier whose rows
-- elsewhere are gone; keeping it lets a purge be finished after a crash and re-applied after a restore.
create table privacy_purge (
    id uuid not null,
    owner_id uuid not null,
    reason varchar(60) not null,
    requested_at timestamp with time zone not null,
    step varchar(20) not null,
    completed_at timestamp with time zone,
    receipt_code varchar(40) not null,
    constraint privacy_purge_pk primary key (id),
    constraint privacy_purge_owner_uk unique (owner_id),
    constraint privacy_purge_receipt_uk unique (receipt_code)
);
create index privacy_purge_step_idx on privacy_purge (step);

-- Which participant of a purge has finished, and what kinds of data it destroyed (kind and count only).
create table privacy_purge_item (
    purge_id uuid not null,
    participant varchar(60) not null,
    kind varchar(60) not null,
    destroyed int not null,
    constraint privacy_purge_item_pk primary key (purge_id, participant, kind),
    constraint privacy_purge_item_fk foreign key (purge_id) references privacy_purge (id)
);

-- Non-identifying counters kept after a purge, for reports: how many of each kind were destroyed per month.
create table privacy_counter (
    kind varchar(60) not null,
    month_start date not null,
    destroyed bigint not null,
    constraint privacy_counter_pk primary key (kind, month_start)
);

-- Retention periods set by administrators, within the bounds each rule declares; absent rows mean the default.
create table privacy_retention (
    kind varchar(60) not null,
    period_seconds bigint not null,
    updated_at timestamp with time zone not null,
    updated_by uuid not null,
    constraint privacy_retention_pk primary key (kind)
);
