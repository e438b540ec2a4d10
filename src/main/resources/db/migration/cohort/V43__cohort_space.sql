-- The cohort's space (ADR 0018, "The cohort's space", "The pair's own agreement").
-- Announcements and shared resources are the hub's own words about the term, written by staff for every participant:
-- kept in the clear (a shared file's bytes are encrypted under the cohort's id as owner). The pair's own agreement is
-- the organization's document: its bytes are encrypted and its file name sealed under the organization's keys, so the
-- organization's purge destroys them.
create table cohort_announcement (
    id uuid not null,
    cohort_id uuid not null,
    title varchar(200) not null,
    body varchar(10000) not null,
    mailed boolean not null,
    posted_by uuid not null,
    posted_at timestamp with time zone not null,
    constraint cohort_announcement_pk primary key (id),
    constraint cohort_announcement_cohort_fk foreign key (cohort_id) references cohort (id)
);
-- a cohort's announcements, newest first, a page at a time from a (posted_at, id) cursor; also the digest's "since"
create index cohort_announcement_newest_idx on cohort_announcement (cohort_id, posted_at, id);

-- A person's choice to receive a weekly digest of a cohort's announcements, and when the last one covered up to.
create table cohort_announcement_digest (
    cohort_id uuid not null,
    account_id uuid not null,
    chosen_at timestamp with time zone not null,
    covered_until timestamp with time zone not null,
    constraint cohort_announcement_digest_pk primary key (cohort_id, account_id),
    constraint cohort_announcement_digest_cohort_fk foreign key (cohort_id) references cohort (id)
);
-- the weekly job: the choices due, oldest first
create index cohort_announcement_digest_due_idx on cohort_announcement_digest (covered_until, cohort_id, account_id);
create index cohort_announcement_digest_account_idx on cohort_announcement_digest (account_id);

-- A link or a file staff share with the cohort. kind: LINK (url) or FILE (file_id, name, type, size).
create table cohort_resource (
    id uuid not null,
    cohort_id uuid not null,
    kind varchar(10) not null,
    title varchar(200) not null,
    description varchar(500),
    url varchar(2000),
    file_id uuid,
    file_name varchar(255),
    content_type varchar(100),
    size_bytes bigint,
    added_by uuid not null,
    added_at timestamp with time zone not null,
    constraint cohort_resource_pk primary key (id),
    constraint cohort_resource_cohort_fk foreign key (cohort_id) references cohort (id),
    constraint cohort_resource_kind_ck check (
        (kind = 'LINK' and url is not null and file_id is null)
        or (kind = 'FILE' and url is null and file_id is not null and file_name is not null))
);
-- a cohort's resources, newest first
create index cohort_resource_newest_idx on cohort_resource (cohort_id, added_at, id);

-- The organization's and its provider's own written agreement in the cohort: one per organization and cohort.
-- file_name is sealed under the organization's keys; the bytes are in the file store under the organization.
create table cohort_pair_agreement (
    cohort_id uuid not null,
    organization_id uuid not null,
    provider_id uuid not null,
    file_id uuid not null,
    file_name bytea not null,
    content_type varchar(100) not null,
    size_bytes bigint not null,
    uploaded_by uuid not null,
    uploaded_at timestamp with time zone not null,
    version bigint not null,
    constraint cohort_pair_agreement_pk primary key (cohort_id, organization_id),
    constraint cohort_pair_agreement_cohort_fk foreign key (cohort_id) references cohort (id)
);
-- the organization's purge; the provider's own list in a cohort
create index cohort_pair_agreement_organization_idx on cohort_pair_agreement (organization_id);
create index cohort_pair_agreement_provider_idx on cohort_pair_agreement (provider_id, cohort_id);
