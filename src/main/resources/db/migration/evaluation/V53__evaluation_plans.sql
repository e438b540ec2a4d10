-- Evaluation plans (docs/evaluation.md, "Outcomes and evaluation plans" and "Scoring and figures"). The framework's
-- own outcomes ship with the application (evaluation/framework.csv and the message bundles); the hub's own outcomes are
-- written by administrators about no organization, in the clear. A plan belongs to one organization, inside an
-- engagement or a cohort. Everything people write about the organization (edited or custom wording, justifications
-- and comments, notes) is sealed under the organization's case key; codes, objectives, kinds, modes, scores, lights,
-- tags, dates and who did what are in the clear, for figures and counts.

create table evaluation_hub_outcome (
    id uuid not null,
    objective integer not null,
    kind varchar(20) not null,
    wording_en varchar(500) not null,
    wording_es varchar(500),
    wording_fr varchar(500),
    wording_pt varchar(500),
    wording_ar varchar(500),
    retired boolean not null,
    created_by uuid not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version bigint not null,
    constraint evaluation_hub_outcome_pk primary key (id),
    constraint evaluation_hub_outcome_objective_ck check (objective between 1 and 5),
    constraint evaluation_hub_outcome_kind_ck check (kind in ('KNOWLEDGE', 'ATTITUDE', 'BEHAVIOUR', 'CONDITION'))
);
-- the hub's outcomes by objective, oldest first (a bounded list: at most 200)
create index evaluation_hub_outcome_objective_idx on evaluation_hub_outcome (objective, created_at, id);

create table evaluation_plan (
    id uuid not null,
    organization_id uuid not null,
    engagement_id uuid,
    cohort_id uuid,
    provider_id uuid,
    mode varchar(10) not null,
    midterm_due_on date,
    final_due_on date,
    next_round_due_on date,
    created_by uuid not null,
    created_at timestamp with time zone not null,
    updated_by uuid not null,
    updated_at timestamp with time zone not null,
    version bigint not null,
    constraint evaluation_plan_pk primary key (id),
    constraint evaluation_plan_mode_ck check (mode in ('FULL', 'LIGHT')),
    constraint evaluation_plan_subject_ck check ((engagement_id is not null and cohort_id is null)
        or (engagement_id is null and cohort_id is not null))
);
-- one plan per engagement, one per organization of a cohort
create unique index evaluation_plan_engagement_uq on evaluation_plan (engagement_id);
create unique index evaluation_plan_cohort_uq on evaluation_plan (cohort_id, organization_id);
-- the organization's purge
create index evaluation_plan_organization_idx on evaluation_plan (organization_id);
-- the reminders' job: plans by due date
create index evaluation_plan_midterm_idx on evaluation_plan (midterm_due_on, id);
create index evaluation_plan_final_idx on evaluation_plan (final_due_on, id);
create index evaluation_plan_next_round_idx on evaluation_plan (next_round_due_on, id);

create table evaluation_outcome (
    id uuid not null,
    plan_id uuid not null,
    organization_id uuid not null,
    position integer not null,
    source varchar(10) not null,
    code varchar(40),
    objective integer not null,
    kind varchar(20) not null,
    wording bytea,
    smart_specific boolean not null,
    smart_measurable boolean not null,
    smart_achievable boolean not null,
    smart_relevant boolean not null,
    smart_time_bound boolean not null,
    added_by uuid not null,
    added_at timestamp with time zone not null,
    updated_by uuid not null,
    updated_at timestamp with time zone not null,
    version bigint not null,
    constraint evaluation_outcome_pk primary key (id),
    constraint evaluation_outcome_plan_fk foreign key (plan_id) references evaluation_plan (id),
    constraint evaluation_outcome_source_ck check (source in ('FRAMEWORK', 'HUB', 'CUSTOM')),
    constraint evaluation_outcome_code_ck check ((source = 'CUSTOM' and code is null and wording is not null)
        or (source <> 'CUSTOM' and code is not null)),
    constraint evaluation_outcome_objective_ck check (objective between 1 and 5),
    constraint evaluation_outcome_kind_ck check (kind in ('KNOWLEDGE', 'ATTITUDE', 'BEHAVIOUR', 'CONDITION'))
);
-- a plan's outcomes in their order (at most 30)
create index evaluation_outcome_plan_idx on evaluation_outcome (plan_id, position, id);
-- the organization's purge
create index evaluation_outcome_organization_idx on evaluation_outcome (organization_id);
-- whether a hub outcome is in use (it may then be retired, not removed)
create index evaluation_outcome_code_idx on evaluation_outcome (source, code);

-- Every score or light ever recorded: re-scoring a round supersedes the score before it (kept, with who and when).
create table evaluation_score (
    id uuid not null,
    plan_id uuid not null,
    outcome_id uuid not null,
    organization_id uuid not null,
    round integer not null,
    score integer not null,
    justification bytea,
    recorded_by uuid not null,
    recorded_at timestamp with time zone not null,
    superseded_at timestamp with time zone,
    version bigint not null,
    constraint evaluation_score_pk primary key (id),
    constraint evaluation_score_outcome_fk foreign key (outcome_id) references evaluation_outcome (id),
    constraint evaluation_score_round_ck check (round between 1 and 40),
    constraint evaluation_score_score_ck check (score between 1 and 5)
);
-- a plan's scores by round and outcome, history in order
create index evaluation_score_plan_idx on evaluation_score (plan_id, round, outcome_id, recorded_at);
-- an outcome's scores (removing an outcome that was never scored checks it)
create index evaluation_score_outcome_idx on evaluation_score (outcome_id);
-- the organization's purge
create index evaluation_score_organization_idx on evaluation_score (organization_id);

create table evaluation_note (
    id uuid not null,
    plan_id uuid not null,
    organization_id uuid not null,
    tag varchar(20) not null,
    body bytea not null,
    written_by uuid not null,
    written_at timestamp with time zone not null,
    version bigint not null,
    constraint evaluation_note_pk primary key (id),
    constraint evaluation_note_plan_fk foreign key (plan_id) references evaluation_plan (id),
    constraint evaluation_note_tag_ck check (tag in ('UNEXPECTED_IMPACT', 'NO_FUNDING', 'NO_STAFF_TIME', 'TURNOVER',
        'OTHER_BARRIER'))
);
-- a plan's notes, newest first (keyset pages)
create index evaluation_note_plan_idx on evaluation_note (plan_id, written_at, id);
-- the organization's purge
create index evaluation_note_organization_idx on evaluation_note (organization_id);

-- Reminders sent: one per plan, kind of round and due date, whichever instance runs the job.
create table evaluation_reminder (
    plan_id uuid not null,
    organization_id uuid not null,
    round_kind varchar(10) not null,
    due_on date not null,
    sent_at timestamp with time zone not null,
    constraint evaluation_reminder_pk primary key (plan_id, round_kind, due_on),
    constraint evaluation_reminder_kind_ck check (round_kind in ('MIDTERM', 'FINAL', 'LIGHT'))
);
create index evaluation_reminder_organization_idx on evaluation_reminder (organization_id);
