-- Handoffs: from the providers staff chose to confirmed contact and follow-up. Every row names its request and is
-- purged with it; what the organization reveals, the provider's decline note and free-text survey answers are sealed
-- under the request's keys.
create table handoff (
    request_id uuid not null,
    anonymous boolean not null,
    stage varchar(30) not null,
    language varchar(10) not null,
    started_by uuid not null,
    started_at timestamp with time zone not null,
    stage_since timestamp with time zone not null,
    introduced_at timestamp with time zone,
    requester_contact boolean,
    provider_contact boolean,
    reminded_at timestamp with time zone,
    staff_alerted_at timestamp with time zone,
    confirmed_at timestamp with time zone,
    confirmed_by uuid,
    version bigint not null,
    constraint handoff_pk primary key (request_id)
);
create index handoff_stage_ix on handoff (stage, stage_since);

-- Offers to providers in the order staff chose; one at a time is open. The provider never sees who asked.
create table handoff_offer (
    id uuid not null,
    request_id uuid not null,
    provider_id uuid not null,
    position integer not null,
    status varchar(20) not null,
    sent_at timestamp with time zone,
    deadline timestamp with time zone,
    answered_at timestamp with time zone,
    decline_reason varchar(30),
    decline_note bytea,
    version bigint not null,
    constraint handoff_offer_pk primary key (id),
    constraint handoff_offer_position_uk unique (request_id, position)
);
create index handoff_offer_provider_ix on handoff_offer (provider_id, status);
create index handoff_offer_deadline_ix on handoff_offer (status, deadline);

-- What the organization chose to reveal to the provider who accepted, and how it wants to be reached.
create table handoff_introduction (
    request_id uuid not null,
    offer_id uuid not null,
    provider_id uuid not null,
    revealed bytea not null,
    channel varchar(20) not null,
    introduced_at timestamp with time zone not null,
    constraint handoff_introduction_pk primary key (request_id)
);
create index handoff_introduction_provider_ix on handoff_introduction (provider_id);

-- Follow-ups after confirmed contact (not for anonymous requests, which are purged then): one row per round and side.
create table handoff_follow_up (
    id uuid not null,
    request_id uuid not null,
    provider_id uuid not null,
    round integer not null,
    side varchar(20) not null,
    due_on date not null,
    status varchar(20) not null,
    opened_at timestamp with time zone,
    answered_at timestamp with time zone,
    plan_resulted varchar(10),
    work_done bytea,
    usefulness integer,
    recommends varchar(10),
    comment bytea,
    version bigint not null,
    constraint handoff_follow_up_pk primary key (id),
    constraint handoff_follow_up_uk unique (request_id, round, side),
    constraint handoff_follow_up_usefulness_ck check (usefulness is null or usefulness between 1 and 5)
);
create index handoff_follow_up_due_ix on handoff_follow_up (status, due_on);
create index handoff_follow_up_provider_ix on handoff_follow_up (provider_id, status);

-- What stays of a confirmed handoff once its request is gone: counters that name no request, organization or
-- provider (the month, the world region, the services, how long it took).
create table handoff_tally (
    id uuid not null,
    confirmed_month varchar(7) not null,
    region varchar(40) not null,
    services varchar(1000) not null,
    days_to_confirm integer not null,
    offers_made integer not null,
    anonymous boolean not null,
    constraint handoff_tally_pk primary key (id)
);
