-- Organizations. Name, contact and notes are sealed under the organization's own keys (bytea ciphertext);
-- kind, size band and country are kept in the clear because matching and reports must use them.
create table organization (
    id uuid not null,
    name bytea not null,
    contact bytea,
    notes bytea,
    kind varchar(30) not null,
    size_band varchar(20) not null,
    country char(2),
    created_at timestamp with time zone not null,
    version bigint not null,
    constraint organization_pk primary key (id)
);

create table organization_member (
    organization_id uuid not null,
    account_id uuid not null,
    added_at timestamp with time zone not null,
    constraint organization_member_pk primary key (organization_id, account_id),
    constraint organization_member_fk foreign key (organization_id) references organization (id)
);
create index organization_member_account_idx on organization_member (account_id);
