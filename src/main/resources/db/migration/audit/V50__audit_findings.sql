-- Audits' findings and recommendations (ADR 0019). Everything people type (titles, assets, evidence and its file
-- references, who saw it, what to do, the organization's reasons) is sealed under the organization's case key; the
-- category, the scales, the effort, the cost, the priority, the dates and the statuses are in the clear, for ordering
-- and counting. Each audit holds a bounded number of findings and recommendations (200 each), listed whole.

create table audit_finding (
    id uuid not null,
    audit_id uuid not null,
    organization_id uuid not null,
    title bytea not null,
    category varchar(30) not null,
    assets bytea,
    likelihood varchar(20) not null,
    impact varchar(20) not null,
    weight integer not null,
    evidence bytea,
    evidence_files bytea,
    seen_by bytea,
    recorded_by uuid not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version bigint not null,
    constraint audit_finding_pk primary key (id),
    constraint audit_finding_audit_fk foreign key (audit_id) references audit (id),
    constraint audit_finding_category_ck check (category in ('PHYSICAL', 'ORGANIZATIONAL', 'ONLINE_ACCOUNTS',
        'WEBSITE', 'DEVICES', 'NETWORKS', 'MESSAGING_APPS', 'HARASSMENT', 'DATA', 'OTHER')),
    constraint audit_finding_likelihood_ck check (likelihood in ('RARE', 'UNLIKELY', 'POSSIBLE', 'LIKELY',
        'ALMOST_CERTAIN')),
    constraint audit_finding_impact_ck check (impact in ('NEGLIGIBLE', 'MINOR', 'MODERATE', 'MAJOR', 'SEVERE')),
    constraint audit_finding_weight_ck check (weight between 1 and 25)
);
-- an audit's findings, weightiest first, then newest
create index audit_finding_weight_idx on audit_finding (audit_id, weight, created_at, id);
-- the organization's purge
create index audit_finding_organization_idx on audit_finding (organization_id);

create table audit_recommendation (
    id uuid not null,
    audit_id uuid not null,
    organization_id uuid not null,
    title bytea not null,
    action bytea not null,
    effort_hours integer not null,
    cost_minor bigint,
    currency varchar(3),
    priority varchar(10) not null,
    due_on date,
    status varchar(20) not null,
    reason bytea,
    decided_by uuid,
    decided_at timestamp with time zone,
    plan_item_id uuid,
    recorded_by uuid not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version bigint not null,
    constraint audit_recommendation_pk primary key (id),
    constraint audit_recommendation_audit_fk foreign key (audit_id) references audit (id),
    constraint audit_recommendation_priority_ck check (priority in ('HIGH', 'MEDIUM', 'LOW')),
    constraint audit_recommendation_status_ck check (status in ('PROPOSED', 'ACCEPTED', 'POSTPONED', 'DECLINED')),
    constraint audit_recommendation_effort_ck check (effort_hours between 0 and 10000),
    constraint audit_recommendation_cost_ck check (cost_minor is null or (cost_minor >= 0 and currency is not null))
);
-- an audit's recommendations (ordered by priority, due date and age in the application: at most 200)
create index audit_recommendation_audit_idx on audit_recommendation (audit_id, created_at, id);
-- the organization's purge
create index audit_recommendation_organization_idx on audit_recommendation (organization_id);

-- the findings a recommendation rests on (one or more)
create table audit_recommendation_finding (
    recommendation_id uuid not null,
    finding_id uuid not null,
    constraint audit_recommendation_finding_pk primary key (recommendation_id, finding_id),
    constraint audit_recommendation_finding_rec_fk foreign key (recommendation_id) references audit_recommendation (id),
    constraint audit_recommendation_finding_finding_fk foreign key (finding_id) references audit_finding (id)
);
-- whether a finding is still linked (before removing it)
create index audit_recommendation_finding_finding_idx on audit_recommendation_finding (finding_id);

-- every change of a recommendation's status: from, to, who, when, and the reason sealed
create table audit_recommendation_change (
    id uuid not null,
    recommendation_id uuid not null,
    audit_id uuid not null,
    organization_id uuid not null,
    from_status varchar(20) not null,
    to_status varchar(20) not null,
    changed_by uuid not null,
    changed_at timestamp with time zone not null,
    reason bytea,
    constraint audit_recommendation_change_pk primary key (id),
    constraint audit_recommendation_change_rec_fk foreign key (recommendation_id) references audit_recommendation (id)
);
-- an audit's changes over time (the follow-up page), oldest first
create index audit_recommendation_change_audit_idx on audit_recommendation_change (audit_id, changed_at, id);
-- a recommendation's own history, and removing it
create index audit_recommendation_change_rec_idx on audit_recommendation_change (recommendation_id, changed_at);
-- the organization's purge
create index audit_recommendation_change_organization_idx on audit_recommendation_change (organization_id);
