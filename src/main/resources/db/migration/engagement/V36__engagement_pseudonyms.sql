-- An anonymous requester's choice of a workspace under a pseudonym (ADR 0017): made before contact is confirmed, it
-- waits for the confirmation, which opens the engagement and deletes the row (so nothing keeps the request's id next
-- to the pseudonym's organization). Ids and one instant only. A choice whose workspace never opened is forgotten
-- after tandem.engagement.pseudonym.unused-after: its organization purged, its account disabled.
create table engagement_pseudonym (
    request_id uuid not null,
    organization_id uuid not null,
    account_id uuid not null,
    chosen_at timestamp with time zone not null,
    constraint engagement_pseudonym_pk primary key (request_id)
);
-- the forgetting job, oldest first
create index engagement_pseudonym_chosen_idx on engagement_pseudonym (chosen_at, request_id);
-- the pseudonym's list page: "your workspace opens when contact is confirmed"
create index engagement_pseudonym_account_idx on engagement_pseudonym (account_id);
-- the organization's purge
create index engagement_pseudonym_organization_idx on engagement_pseudonym (organization_id);
