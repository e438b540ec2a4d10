-- The plan of an engagement (ADR 0017, step 2): items with their owner, due date, effort and cost, the means the
-- organization says it has, and the revision it approved. What people write (titles, outcomes, the means, the approved
-- snapshot) is sealed under the organization's case key; owner, dates, numbers and status are in the clear for totals.

-- One row per engagement: its revision (raised by every change of content), the means (sealed), the approval.
create table engagement_plan (
    id uuid not null,
    engagement_id uuid not null,
    organization_id uuid not null,
    revision bigint not null,
    means bytea,
    approved_revision bigint,
    approved_at timestamp with time zone,
    approved_by uuid,
    approved_snapshot bytea,
    updated_at timestamp with time zone not null,
    version bigint not null,
    constraint engagement_plan_pk primary key (id),
    constraint engagement_plan_engagement_uq unique (engagement_id),
    constraint engagement_plan_fk foreign key (engagement_id) references engagement (id)
);
create index engagement_plan_organization_idx on engagement_plan (organization_id);

create table engagement_plan_item (
    id uuid not null,
    engagement_id uuid not null,
    organization_id uuid not null,
    title bytea not null,
    outcome bytea,
    owner varchar(20) not null,
    due_on date not null,
    effort_hours integer not null,
    cost_minor bigint not null,
    status varchar(20) not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version bigint not null,
    constraint engagement_plan_item_pk primary key (id),
    constraint engagement_plan_item_fk foreign key (engagement_id) references engagement (id)
);
-- the plan's items, soonest due first
create index engagement_plan_item_engagement_idx on engagement_plan_item (engagement_id, due_on, created_at, id);
create index engagement_plan_item_organization_idx on engagement_plan_item (organization_id);
