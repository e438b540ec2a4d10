-- Surveys (docs/evaluation.md, "Surveys"). A survey is written by staff (or, as a knowledge check, by an engagement's
-- provider) and is reference text, not about an organization: its titles, intros and questions are kept in the clear,
-- as one JSON document per survey. A published survey is never edited; a new version (same family) is written instead.
-- Answers are sealed under the respondent's organization (or provider) keys; the counts are kept apart, in a tally
-- that names no organization, no person and holds no free text.

create table survey (
    id uuid not null,
    family_id uuid not null,
    version integer not null,
    kind varchar(20) not null,
    status varchar(20) not null,
    -- the key of a survey Tandem ships (written at start if absent), or none
    shipped varchar(40),
    -- a knowledge check's engagement and its organization (for the organization's purge); none for staff's surveys
    engagement_id uuid,
    organization_id uuid,
    created_by uuid,
    content text not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    published_at timestamp with time zone,
    row_version bigint not null,
    constraint survey_pk primary key (id),
    constraint survey_family_version_uk unique (family_id, version),
    constraint survey_kind_ck check (kind in ('STAFF', 'KNOWLEDGE')),
    constraint survey_status_ck check (status in ('DRAFT', 'PUBLISHED', 'RETIRED')),
    constraint survey_version_ck check (version between 1 and 100000)
);
-- staff's list, newest first, by kind
create index survey_list_idx on survey (kind, created_at, id);
-- the published surveys (the API's list), newest first
create index survey_status_idx on survey (status, kind, created_at, id);
-- an engagement's knowledge checks
create index survey_engagement_idx on survey (engagement_id, created_at, id);
create index survey_organization_idx on survey (organization_id);
create index survey_shipped_idx on survey (shipped, version);

-- One invitation per person and sending: a one-time link (only its digest is kept) that expires after 30 days; a job
-- deletes expired invitations. The organization or provider the person answers for decides whose keys seal the answer.
create table survey_invitation (
    id uuid not null,
    survey_id uuid not null,
    account_id uuid not null,
    organization_id uuid,
    provider_id uuid,
    target_kind varchar(20) not null,
    target_id uuid not null,
    -- a knowledge check's moment (BEFORE or AFTER), none for other surveys
    moment varchar(10),
    token_digest varchar(64) not null,
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    answered_at timestamp with time zone,
    constraint survey_invitation_pk primary key (id),
    constraint survey_invitation_survey_fk foreign key (survey_id) references survey (id),
    constraint survey_invitation_token_uk unique (token_digest),
    constraint survey_invitation_target_ck check (target_kind in ('ENGAGEMENT', 'COHORT')),
    constraint survey_invitation_moment_ck check (moment is null or moment in ('BEFORE', 'AFTER')),
    constraint survey_invitation_side_ck check (organization_id is not null or provider_id is not null)
);
-- a person's invitations, newest first (the /surveys page)
create index survey_invitation_account_idx on survey_invitation (account_id, created_at, id);
-- the expiry job
create index survey_invitation_expires_idx on survey_invitation (expires_at);
create index survey_invitation_organization_idx on survey_invitation (organization_id);
create index survey_invitation_provider_idx on survey_invitation (provider_id);
create index survey_invitation_target_idx on survey_invitation (target_id, survey_id);

-- One response per answered invitation; no account is named. The answers (choices and free text) are one sealed
-- blob; a knowledge check's score is kept in the clear with its maximum, for the organization's averages.
create table survey_response (
    id uuid not null,
    survey_id uuid not null,
    organization_id uuid,
    provider_id uuid,
    target_kind varchar(20) not null,
    target_id uuid not null,
    moment varchar(10),
    answers bytea not null,
    score integer,
    max_score integer,
    answered_at timestamp with time zone not null,
    constraint survey_response_pk primary key (id),
    constraint survey_response_survey_fk foreign key (survey_id) references survey (id),
    constraint survey_response_score_ck check (score is null or (score >= 0 and score <= max_score))
);
create index survey_response_target_idx on survey_response (target_id, survey_id, moment);
create index survey_response_organization_idx on survey_response (organization_id);
create index survey_response_provider_idx on survey_response (provider_id);

-- The counts, kept apart: one row per survey, question, answer bucket, target kind and quarter; incremented when a
-- consenting respondent sends an answer. Question 0, bucket RESPONDENT counts respondents. Free text is never counted.
create table survey_tally (
    survey_id uuid not null,
    question_no integer not null,
    bucket varchar(20) not null,
    question_type varchar(20) not null,
    target_kind varchar(20) not null,
    quarter_start date not null,
    respondents integer not null,
    constraint survey_tally_pk primary key (survey_id, question_no, bucket, target_kind, quarter_start),
    constraint survey_tally_survey_fk foreign key (survey_id) references survey (id),
    constraint survey_tally_respondents_ck check (respondents >= 0)
);
-- program figures: satisfaction and recommendation per quarter and target kind
create index survey_tally_type_idx on survey_tally (question_type, quarter_start);
