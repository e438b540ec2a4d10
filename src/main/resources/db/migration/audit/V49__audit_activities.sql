-- An audit's plan (ADR 0019): the catalog activities the auditor picked, in the order and on the days planned, each
-- with its notes and the reason it was skipped sealed under the organization's case key; and the evidence recorded
-- for an activity, whose bytes the privacy module's file store keeps encrypted under the organization's keys and
-- whose file name, which can say a lot, is sealed here.

create table audit_activity (
    id uuid not null,
    audit_id uuid not null,
    organization_id uuid not null,
    activity_id uuid not null,
    position integer not null,
    planned_on date,
    status varchar(10) not null,
    notes bytea,
    skip_reason bytea,
    done_at timestamp with time zone,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version bigint not null,
    constraint audit_activity_pk primary key (id),
    constraint audit_activity_audit_fk foreign key (audit_id) references audit (id),
    constraint audit_activity_once_uq unique (audit_id, activity_id),
    constraint audit_activity_status_ck check (status in ('PLANNED', 'DONE', 'SKIPPED'))
);
-- an audit's plan in its order
create index audit_activity_audit_idx on audit_activity (audit_id, position, id);
-- an organization's purge
create index audit_activity_organization_idx on audit_activity (organization_id);

create table audit_evidence (
    id uuid not null,
    audit_id uuid not null,
    audit_activity_id uuid not null,
    organization_id uuid not null,
    file_id uuid not null,
    name bytea not null,
    content_type varchar(100) not null,
    size_bytes bigint not null,
    uploaded_by uuid not null,
    uploaded_at timestamp with time zone not null,
    version bigint not null,
    constraint audit_evidence_pk primary key (id),
    constraint audit_evidence_activity_fk foreign key (audit_activity_id) references audit_activity (id)
);
-- an activity's evidence, newest first
create index audit_evidence_activity_idx on audit_evidence (audit_activity_id, uploaded_at, id);
-- an organization's purge
create index audit_evidence_organization_idx on audit_evidence (organization_id);
