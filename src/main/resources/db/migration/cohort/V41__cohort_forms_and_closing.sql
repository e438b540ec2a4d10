-- Intake, outtake and exit interviews of a cohort (ADR 0018), and when a cohort closed. What people write is sealed
-- under the keys of the organization (or, for a provider's exit interview, the provider) it is about, with the
-- organization's case key; the choices (numbers, yes/no) are columns, so the evaluation can compare outtake with
-- intake without opening anything. Ids only otherwise.
alter table cohort add column closed_at timestamp with time zone;
-- the retention job: closed cohorts, oldest closing first
create index cohort_closed_idx on cohort (closed_at, id);

-- One intake per organization and cohort, filled at the start by any member of the organization; editable (version)
-- until the cohort is closed. confidence (1 to 5) is asked again in the outtake.
create table cohort_intake (
    id uuid not null,
    cohort_id uuid not null,
    organization_id uuid not null,
    hopes bytea not null,
    worries bytea,
    hours_per_month integer not null,
    people integer not null,
    to_know bytea,
    confidence integer not null,
    filled_by uuid not null,
    filled_at timestamp with time zone not null,
    version bigint not null,
    constraint cohort_intake_pk primary key (id),
    constraint cohort_intake_one unique (cohort_id, organization_id),
    constraint cohort_intake_fk foreign key (cohort_id) references cohort (id),
    constraint cohort_intake_hours check (hours_per_month between 0 and 200),
    constraint cohort_intake_people check (people between 0 and 100),
    constraint cohort_intake_confidence check (confidence between 1 and 5)
);
-- the organization's purge
create index cohort_intake_organization_idx on cohort_intake (organization_id);

-- One outtake per organization and cohort, at the end (running or closing).
create table cohort_outtake (
    id uuid not null,
    cohort_id uuid not null,
    organization_id uuid not null,
    changed bytea not null,
    keep_doing bytea,
    missing bytea,
    recommend integer not null,
    confidence integer not null,
    filled_by uuid not null,
    filled_at timestamp with time zone not null,
    version bigint not null,
    constraint cohort_outtake_pk primary key (id),
    constraint cohort_outtake_one unique (cohort_id, organization_id),
    constraint cohort_outtake_fk foreign key (cohort_id) references cohort (id),
    constraint cohort_outtake_recommend check (recommend between 1 and 5),
    constraint cohort_outtake_confidence check (confidence between 1 and 5)
);
create index cohort_outtake_organization_idx on cohort_outtake (organization_id);

-- One exit interview per organization or provider (party_kind) and cohort, recorded by staff; sealed under the
-- party's keys (party_id is the owner).
create table cohort_exit_interview (
    id uuid not null,
    cohort_id uuid not null,
    party_kind varchar(20) not null,
    party_id uuid not null,
    went integer not null,
    helped bytea,
    hindered bytea,
    to_change bytea,
    again varchar(10) not null,
    held_on date not null,
    recorded_by uuid not null,
    recorded_at timestamp with time zone not null,
    version bigint not null,
    constraint cohort_exit_interview_pk primary key (id),
    constraint cohort_exit_interview_one unique (cohort_id, party_kind, party_id),
    constraint cohort_exit_interview_fk foreign key (cohort_id) references cohort (id),
    constraint cohort_exit_interview_kind check (party_kind in ('ORGANIZATION', 'PROVIDER')),
    constraint cohort_exit_interview_went check (went between 1 and 5),
    constraint cohort_exit_interview_again check (again in ('YES', 'NO', 'UNSURE'))
);
create index cohort_exit_interview_party_idx on cohort_exit_interview (party_id);
