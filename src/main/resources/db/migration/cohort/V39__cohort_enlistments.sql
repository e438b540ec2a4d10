-- A request that asked for the six-month programme (ADR 0018, "Enlisting"): the cohort it asked for (null: whichever
-- fits), and once staff enrolled it, the organization and the invitation sent to the person who will speak for it.
-- Ids and one instant only; the request's own purge deletes the row.
create table cohort_enlistment (
    request_id uuid not null,
    cohort_id uuid,
    enlisted_at timestamp with time zone not null,
    organization_id uuid,
    invitation_id uuid,
    constraint cohort_enlistment_pk primary key (request_id)
);
-- a cohort's page: the requests waiting for it (or for whichever fits), oldest first
create index cohort_enlistment_cohort_idx on cohort_enlistment (organization_id, cohort_id, enlisted_at, request_id);
-- the invitation accepted: its organization
create index cohort_enlistment_invitation_idx on cohort_enlistment (invitation_id);
