-- A cohort's sessions (ADR 0018, "Sessions"): kick-off, onboarding, intake, outtake, closing, webinars and others.
-- Title, link, place and agenda are operational text the hub writes about the term, not about an organization: kept
-- in the clear. sequence counts the changes mailed (iCalendar SEQUENCE); reminded_at marks the reminder sent.
create table cohort_session (
    id uuid not null,
    cohort_id uuid not null,
    kind varchar(30) not null,
    audience varchar(20) not null,
    title varchar(200) not null,
    starts_at timestamp with time zone not null,
    duration_minutes integer not null,
    time_zone varchar(64) not null,
    online_link varchar(1000),
    place varchar(500),
    agenda varchar(20000),
    cancelled boolean not null,
    sequence_number integer not null,
    reminded_at timestamp with time zone,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version bigint not null,
    constraint cohort_session_pk primary key (id),
    constraint cohort_session_cohort_fk foreign key (cohort_id) references cohort (id)
);
-- a cohort's sessions in order of time
create index cohort_session_cohort_idx on cohort_session (cohort_id, starts_at, id);
-- the reminder job: sessions not yet reminded, soonest first
create index cohort_session_reminder_idx on cohort_session (reminded_at, starts_at);

-- Materials of a session: files encrypted under the cohort's id as their owner (EncryptedFileStore).
create table cohort_session_material (
    id uuid not null,
    session_id uuid not null,
    cohort_id uuid not null,
    file_id uuid not null,
    file_name varchar(255) not null,
    media_type varchar(100) not null,
    size_bytes bigint not null,
    uploaded_by uuid not null,
    uploaded_at timestamp with time zone not null,
    constraint cohort_session_material_pk primary key (id),
    constraint cohort_session_material_session_fk foreign key (session_id) references cohort_session (id)
);
create index cohort_session_material_session_idx on cohort_session_material (session_id, uploaded_at, id);
create index cohort_session_material_cohort_idx on cohort_session_material (cohort_id);

-- Attendance, ids only: an organization (and, optionally, which of its accounts came) or a provider.
create table cohort_attendance (
    session_id uuid not null,
    cohort_id uuid not null,
    organization_id uuid,
    provider_id uuid,
    account_id uuid,
    recorded_at timestamp with time zone not null,
    constraint cohort_attendance_session_fk foreign key (session_id) references cohort_session (id),
    constraint cohort_attendance_party_ck check (
        (organization_id is not null and provider_id is null) or (organization_id is null and provider_id is not null))
);
create unique index cohort_attendance_organization_uq on cohort_attendance (session_id, organization_id);
create unique index cohort_attendance_provider_uq on cohort_attendance (session_id, provider_id);
-- the rule per participant over a cohort, and the purge of an organization or provider
create index cohort_attendance_cohort_idx on cohort_attendance (cohort_id, session_id);
create index cohort_attendance_organization_idx on cohort_attendance (organization_id);
create index cohort_attendance_provider_idx on cohort_attendance (provider_id);
create index cohort_attendance_account_idx on cohort_attendance (account_id);

-- A person's calendar feed: the SHA-256 of its secret link's token (never the token), one per account.
create table cohort_calendar_feed (
    token_sha256 char(64) not null,
    account_id uuid not null,
    created_at timestamp with time zone not null,
    constraint cohort_calendar_feed_pk primary key (token_sha256)
);
create unique index cohort_calendar_feed_account_uq on cohort_calendar_feed (account_id);
