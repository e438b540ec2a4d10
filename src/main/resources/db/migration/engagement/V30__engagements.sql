-- Engagements (ADR 0017): the workspace of an organization and its provider after contact. Every free text is sealed
-- under the organization's case key (bytea ciphertext); ids, phases, levels and times are in the clear for lists.

-- A non-anonymous handoff whose contact was confirmed, waiting for staff to link it to an enrolled organization:
-- ids and instants only. The engagement it became is noted once it is opened.
create table engagement_opening (
    request_id uuid not null,
    provider_id uuid not null,
    confirmed_at timestamp with time zone not null,
    engagement_id uuid,
    version bigint not null,
    constraint engagement_opening_pk primary key (request_id)
);
-- staff's list of openings still to link, oldest first
create index engagement_opening_waiting_idx on engagement_opening (engagement_id, confirmed_at, request_id);

create table engagement (
    id uuid not null,
    organization_id uuid not null,
    provider_id uuid not null,
    request_id uuid,
    phase varchar(20) not null,
    opened_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    closed_at timestamp with time zone,
    agreement_working bytea,
    agreement_rhythm bytea,
    agreement_decisions bytea,
    agreement_confidential bytea,
    agreement_incidents bytea,
    version bigint not null,
    constraint engagement_pk primary key (id),
    constraint engagement_organization_fk foreign key (organization_id) references organization (id)
);
create index engagement_organization_idx on engagement (organization_id, opened_at, id);
create index engagement_provider_idx on engagement (provider_id, opened_at, id);
create index engagement_updated_idx on engagement (updated_at, id);

create table engagement_participant (
    engagement_id uuid not null,
    account_id uuid not null,
    side varchar(20) not null,
    added_at timestamp with time zone not null,
    constraint engagement_participant_pk primary key (engagement_id, account_id),
    constraint engagement_participant_fk foreign key (engagement_id) references engagement (id)
);
-- "my engagements" for any account
create index engagement_participant_account_idx on engagement_participant (account_id, engagement_id);

-- Every move between phases, forwards or back: who and when.
create table engagement_phase_change (
    id uuid not null,
    engagement_id uuid not null,
    from_phase varchar(20),
    to_phase varchar(20) not null,
    actor_id uuid,
    changed_at timestamp with time zone not null,
    constraint engagement_phase_change_pk primary key (id),
    constraint engagement_phase_change_fk foreign key (engagement_id) references engagement (id)
);
create index engagement_phase_change_idx on engagement_phase_change (engagement_id, changed_at, id);

-- Discover's risk register: what they protect, from whom, how likely and how bad, what they do now.
create table engagement_risk (
    id uuid not null,
    engagement_id uuid not null,
    organization_id uuid not null,
    asset bytea not null,
    threat bytea not null,
    measures bytea,
    likelihood varchar(10) not null,
    impact varchar(10) not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version bigint not null,
    constraint engagement_risk_pk primary key (id),
    constraint engagement_risk_fk foreign key (engagement_id) references engagement (id)
);
create index engagement_risk_engagement_idx on engagement_risk (engagement_id, created_at, id);
