-- The provider network. A provider owns its keys: how to reach them, their referees, the organizations they declare
-- a conflict with and what vouchers wrote about working with them are sealed (bytea ciphertext). What staff filter
-- and match on (services, languages, countries, communities, capacity, status) is operational data, kept in the clear.
create table provider (
    id uuid not null,
    reference varchar(12) not null,
    kind varchar(20) not null,
    status varchar(20) not null,
    review_reason varchar(30),
    display_name varchar(120) not null,
    language varchar(5) not null,
    expertise varchar(4000) not null,
    website varchar(300),
    residence_country char(2) not null,
    jurisdictions varchar(200) not null,
    contact_email bytea not null,
    contact_signal bytea,
    contact_phone bytea,
    openpgp_key bytea,
    openpgp_fingerprint varchar(64),
    referees bytea not null,
    conflict_organizations bytea,
    conflict_sectors varchar(300) not null,
    retention_practice varchar(400) not null,
    time_zone varchar(60) not null,
    max_engagements integer not null,
    open_engagements integer not null,
    hours_per_month integer not null,
    fees varchar(60) not null,
    remote_anywhere boolean not null,
    listed boolean not null,
    public_summary varchar(600),
    public_contact varchar(300),
    pending_services varchar(1000),
    pending_communities varchar(400),
    account_id uuid,
    invitation_id uuid,
    applied_at timestamp with time zone not null,
    vetted_at timestamp with time zone,
    vetted_until timestamp with time zone,
    renewal_notice_at timestamp with time zone,
    updated_at timestamp with time zone not null,
    version bigint not null,
    constraint provider_pk primary key (id),
    constraint provider_reference_uq unique (reference),
    constraint provider_capacity_ck check (max_engagements >= 0 and open_engagements >= 0 and hours_per_month >= 0)
);
create index provider_status_idx on provider (status, display_name);
create unique index provider_account_uq on provider (account_id);
create index provider_invitation_idx on provider (invitation_id);
create index provider_vetted_until_idx on provider (vetted_until);

-- What a provider can do, from the shipped services taxonomy, at a depth (CAN_DO or SPECIALIST).
create table provider_service (
    provider_id uuid not null,
    service varchar(40) not null,
    depth varchar(20) not null,
    constraint provider_service_pk primary key (provider_id, service),
    constraint provider_service_provider_fk foreign key (provider_id) references provider (id) on delete cascade
);
create index provider_service_lookup_idx on provider_service (service, provider_id);

create table provider_language (
    provider_id uuid not null,
    language varchar(5) not null,
    level varchar(20) not null,
    constraint provider_language_pk primary key (provider_id, language),
    constraint provider_language_provider_fk foreign key (provider_id) references provider (id) on delete cascade
);
create index provider_language_lookup_idx on provider_language (language, provider_id);

-- Countries worked in, remotely or in person.
create table provider_country (
    provider_id uuid not null,
    country char(2) not null,
    mode varchar(20) not null,
    constraint provider_country_pk primary key (provider_id, country, mode),
    constraint provider_country_provider_fk foreign key (provider_id) references provider (id) on delete cascade
);
create index provider_country_lookup_idx on provider_country (country, provider_id);

create table provider_community (
    provider_id uuid not null,
    community varchar(40) not null,
    constraint provider_community_pk primary key (provider_id, community),
    constraint provider_community_provider_fk foreign key (provider_id) references provider (id) on delete cascade
);
create index provider_community_lookup_idx on provider_community (community, provider_id);

-- Dated pauses (holidays, other work): the provider takes no new engagement between the two days, both included.
create table provider_pause (
    provider_id uuid not null,
    position integer not null,
    starts_on date not null,
    ends_on date not null,
    constraint provider_pause_pk primary key (provider_id, position),
    constraint provider_pause_provider_fk foreign key (provider_id) references provider (id) on delete cascade,
    constraint provider_pause_dates_ck check (ends_on >= starts_on)
);
create index provider_pause_dates_idx on provider_pause (starts_on, ends_on, provider_id);

-- The vetting ledger: append-only, never updated or deleted while the provider exists, in the order of seq. Each entry says what
-- happened, who did it and when; the detail is a code (a status, a reason, an agreement and its version), never
-- free text. Free text (what a voucher wrote, a staff reason) is sealed under the provider's keys.
create table provider_ledger (
    id uuid not null,
    seq bigint generated by default as identity,
    provider_id uuid not null,
    kind varchar(30) not null,
    detail varchar(120),
    note bytea,
    actor_id uuid,
    recorded_at timestamp with time zone not null,
    version bigint not null,
    constraint provider_ledger_pk primary key (id),
    constraint provider_ledger_provider_fk foreign key (provider_id) references provider (id) on delete cascade
);
create index provider_ledger_provider_idx on provider_ledger (provider_id, seq);

-- Vouches: one per voucher and provider, with the voucher's role when they vouched and how they know the provider.
create table provider_vouch (
    id uuid not null,
    provider_id uuid not null,
    voucher_id uuid not null,
    voucher_role varchar(20) not null,
    relationship bytea not null,
    vouched_at timestamp with time zone not null,
    version bigint not null,
    constraint provider_vouch_pk primary key (id),
    constraint provider_vouch_uq unique (provider_id, voucher_id),
    constraint provider_vouch_provider_fk foreign key (provider_id) references provider (id) on delete cascade
);

-- Attestations: the exact agreement text the provider accepted, its version and language, and when.
create table provider_agreement (
    id uuid not null,
    provider_id uuid not null,
    agreement varchar(30) not null,
    agreement_version integer not null,
    language varchar(5) not null,
    text varchar(4000) not null,
    text_sha256 char(64) not null,
    accepted_at timestamp with time zone not null,
    version bigint not null,
    constraint provider_agreement_pk primary key (id),
    constraint provider_agreement_uq unique (provider_id, agreement, agreement_version),
    constraint provider_agreement_provider_fk foreign key (provider_id) references provider (id) on delete cascade
);
