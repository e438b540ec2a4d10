-- Issue 18, what staff expect: their own time zone, a provider search by name, and an overview of cheap figures.

-- The time zone a signed-in person reads times in (an IANA id from TimeZones); null shows UTC with its offset.
alter table account add column time_zone varchar(60);

-- Provider names are public profile data (docs/privacy.md): staff search them by the start of any word. Each word of
-- a name is kept here normalized (lower case, accents removed) and found by a prefix range on the index. The
-- application rewrites a provider's words on every save, and indexes at start-up any provider that has none (those from
-- before this migration: directory.persistence.ProviderNameIndex).
create table provider_name_token (
    token varchar(120) not null,
    provider_id uuid not null,
    constraint provider_name_token_pk primary key (token, provider_id),
    constraint provider_name_token_provider_fk foreign key (provider_id) references provider (id) on delete cascade
);
create index provider_name_token_provider_idx on provider_name_token (provider_id);

-- The staff overview counts open emergencies; the other figures use the status, assignment, stage and vetting indexes.
create index help_request_urgency_idx on help_request (urgency, status);
