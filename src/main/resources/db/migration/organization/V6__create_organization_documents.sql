-- Documents kept about an organization. The file itself is encrypted in the data directory under the organization's
-- file key; the name it was given is sealed here. Type and size are kept in the clear for the pages.
create table organization_document (
    id uuid not null,
    organization_id uuid not null,
    file_id uuid not null,
    name bytea not null,
    content_type varchar(60) not null,
    size_bytes bigint not null,
    uploaded_at timestamp with time zone not null,
    version bigint not null,
    constraint organization_document_pk primary key (id),
    constraint organization_document_fk foreign key (organization_id) references organization (id)
);
create index organization_document_org_idx on organization_document (organization_id);
