-- The hub's cohort agreements (ADR 0018, "Agreements"): the memorandum of understanding, the cohort addendum and the
-- confidentiality and disclosure agreement. Administrators publish versions, each with its text in the five shipped
-- languages; a version is never changed. Signatures keep the exact text signed and its SHA-256, on behalf of an
-- organization or a provider. The texts are the hub's own, not about anyone, so they are kept in the clear; a
-- signature holds ids only (the organization's name stays sealed in its own module) and goes with its purge.

create table cohort_agreement_version (
    kind varchar(30) not null,
    version_number integer not null,
    published_at timestamp with time zone not null,
    published_by uuid not null,
    constraint cohort_agreement_version_pk primary key (kind, version_number)
);

create table cohort_agreement_text (
    kind varchar(30) not null,
    version_number integer not null,
    language varchar(5) not null,
    body varchar(20000) not null,
    constraint cohort_agreement_text_pk primary key (kind, version_number, language),
    constraint cohort_agreement_text_version_fk foreign key (kind, version_number)
        references cohort_agreement_version (kind, version_number)
);

create table cohort_agreement_signature (
    id uuid not null,
    kind varchar(30) not null,
    version_number integer not null,
    language varchar(5) not null,
    signed_text varchar(20000) not null,
    text_sha256 char(64) not null,
    account_id uuid not null,
    organization_id uuid,
    provider_id uuid,
    signed_at timestamp with time zone not null,
    constraint cohort_agreement_signature_pk primary key (id),
    constraint cohort_agreement_signature_version_fk foreign key (kind, version_number)
        references cohort_agreement_version (kind, version_number),
    constraint cohort_agreement_signature_party_ck check (
        (organization_id is not null and provider_id is null) or (organization_id is null and provider_id is not null))
);
-- one signature per organization (or provider) and version: the second is a no-op; these also serve each party's list
create unique index cohort_agreement_signature_organization_uq
    on cohort_agreement_signature (organization_id, kind, version_number);
create unique index cohort_agreement_signature_provider_uq
    on cohort_agreement_signature (provider_id, kind, version_number);
-- staff's list of every signature, newest first, from a (signed_at, id) cursor
create index cohort_agreement_signature_signed_idx on cohort_agreement_signature (signed_at, id);
