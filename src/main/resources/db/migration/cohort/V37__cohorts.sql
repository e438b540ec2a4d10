-- Cohorts (ADR 0018): terms in which several organizations, providers and hub staff work side by side. Name and
-- description are operational text written by staff about the term, not about an organization: kept in the clear.
-- Members are ids only; a member who leaves keeps its row, with the time it left, as the cohort's record.
create table cohort (
    id uuid not null,
    name varchar(120) not null,
    description varchar(4000),
    starts_on date not null,
    ends_on date not null,
    status varchar(20) not null,
    organization_capacity integer not null,
    provider_capacity integer not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version bigint not null,
    constraint cohort_pk primary key (id)
);
-- staff's list, newest term first, a page at a time from the last one shown (keyset)
create index cohort_term_idx on cohort (starts_on, id);
-- the cohorts recruiting, for the public request form
create index cohort_status_idx on cohort (status, starts_on);

create table cohort_language (
    cohort_id uuid not null,
    code varchar(5) not null,
    constraint cohort_language_pk primary key (cohort_id, code),
    constraint cohort_language_fk foreign key (cohort_id) references cohort (id)
);

create table cohort_coordinator (
    cohort_id uuid not null,
    account_id uuid not null,
    added_at timestamp with time zone not null,
    constraint cohort_coordinator_pk primary key (cohort_id, account_id),
    constraint cohort_coordinator_fk foreign key (cohort_id) references cohort (id)
);
create index cohort_coordinator_account_idx on cohort_coordinator (account_id, cohort_id);

-- An organization's membership, one row per time it joined. shown_as: NAME or KIND, how the other members see it.
create table cohort_organization (
    cohort_id uuid not null,
    organization_id uuid not null,
    shown_as varchar(10) not null,
    added_at timestamp with time zone not null,
    left_at timestamp with time zone,
    constraint cohort_organization_pk primary key (cohort_id, organization_id, added_at),
    constraint cohort_organization_fk foreign key (cohort_id) references cohort (id)
);
create index cohort_organization_member_idx on cohort_organization (organization_id, cohort_id);

create table cohort_provider (
    cohort_id uuid not null,
    provider_id uuid not null,
    added_at timestamp with time zone not null,
    left_at timestamp with time zone,
    constraint cohort_provider_pk primary key (cohort_id, provider_id, added_at),
    constraint cohort_provider_fk foreign key (cohort_id) references cohort (id)
);
create index cohort_provider_member_idx on cohort_provider (provider_id, cohort_id);
