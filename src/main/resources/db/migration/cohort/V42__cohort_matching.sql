-- Matching within the cohort (ADR 0018, "Matching within the cohort"): for each member organization the provider it
-- is matched with and where the pair stands, ids only. One pair per organization and cohort: a pair that ended
-- declined is replaced when staff match the organization again. request_id is the enlisted request the pair was
-- matched from (null once that request is purged); engagement_id is set once the engagement is open.
create table cohort_pair (
    cohort_id uuid not null,
    organization_id uuid not null,
    request_id uuid,
    provider_id uuid,
    stage varchar(20) not null,
    engagement_id uuid,
    changed_at timestamp with time zone not null,
    constraint cohort_pair_pk primary key (cohort_id, organization_id),
    constraint cohort_pair_stage_ck check (stage in ('PROPOSED', 'OFFERED', 'ACCEPTED', 'INTRODUCED',
        'CONTACT_CONFIRMED', 'ENGAGEMENT_OPEN', 'DECLINED'))
);
-- the handoff and the engagement ask by request; the purges by organization, request or provider
create index cohort_pair_request_idx on cohort_pair (request_id);
create index cohort_pair_organization_idx on cohort_pair (organization_id);
create index cohort_pair_provider_idx on cohort_pair (provider_id);

-- The proposal staff are reviewing for a cohort: the matching module's batch (at most one per cohort, until confirmed).
create table cohort_matching (
    cohort_id uuid not null,
    batch_id uuid not null,
    proposed_at timestamp with time zone not null,
    constraint cohort_matching_pk primary key (cohort_id)
);
