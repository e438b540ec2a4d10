-- Audits (ADR 0019): one row per audit of an organization, inside an engagement or on its own. What the organization
-- told the auditor (the scope and the threats it named) is sealed under its case key; the size, the country, where the
-- audit is done, the time available, the auditor's skills (catalog skill slugs) and the report language are in the
-- clear, for proposing activities.

create table audit (
    id uuid not null,
    organization_id uuid not null,
    engagement_id uuid,
    started_by uuid not null,
    status varchar(20) not null,
    scope bytea not null,
    threats bytea,
    organization_size integer not null,
    country varchar(2),
    setting varchar(30) not null,
    minutes_available integer not null,
    auditor_skills varchar(2000) not null,
    language varchar(5) not null,
    recheck_on date,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version bigint not null,
    constraint audit_pk primary key (id),
    constraint audit_status_ck check (status in ('PLANNING', 'UNDER_WAY', 'FOLLOWING_UP', 'CLOSED')),
    constraint audit_setting_ck check (setting in ('IN_PLACE', 'REMOTE_WITH_SUPPORT', 'REMOTE')),
    constraint audit_size_ck check (organization_size between 1 and 1000000),
    constraint audit_minutes_ck check (minutes_available between 0 and 100000)
);
-- an organization's audits, newest first (its members' lists and its purge)
create index audit_organization_idx on audit (organization_id, created_at, id);
-- an engagement's audits, newest first
create index audit_engagement_idx on audit (engagement_id, created_at, id);
-- the audits an account started, newest first
create index audit_started_by_idx on audit (started_by, created_at, id);
