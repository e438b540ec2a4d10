-- Audit reports (ADR 0019): each issued version of an audit's summary or full report, kept as it was issued and never
-- changed. The report's HTML is sealed under the organization's case key; its PDF is a file of the privacy module's
-- store, encrypted under the organization's key (pdf_file_id names it). Kind, number, language, who issued it and
-- when are in the clear, for the list of versions.

create table audit_report (
    id uuid not null,
    audit_id uuid not null,
    organization_id uuid not null,
    kind varchar(10) not null,
    number integer not null,
    language varchar(5) not null,
    issued_by uuid not null,
    issued_at timestamp with time zone not null,
    html bytea not null,
    pdf_file_id uuid not null,
    pdf_size bigint not null,
    version bigint not null,
    constraint audit_report_pk primary key (id),
    constraint audit_report_audit_fk foreign key (audit_id) references audit (id),
    constraint audit_report_kind_ck check (kind in ('SUMMARY', 'FULL')),
    constraint audit_report_number_ck check (number >= 1),
    -- one version of each number per audit and kind (two people issuing at once: one of them is refused)
    constraint audit_report_number_uk unique (audit_id, kind, number)
);
-- an audit's versions, newest first (the list, by cursor)
create index audit_report_audit_idx on audit_report (audit_id, issued_at, id);
-- an organization's versions (its purge)
create index audit_report_organization_idx on audit_report (organization_id);
