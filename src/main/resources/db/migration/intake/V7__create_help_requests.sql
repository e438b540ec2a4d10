-- Requests for help. Each request owns its keys: who asked and how to reach them are sealed under its identifying
-- key, what is happening and the needs assessment under its case key (bytea ciphertext). The clear columns are what
-- triage and matching filter on; none of them says who asked. No address, user agent or other trace is stored.
create table help_request (
    id uuid not null,
    reference varchar(12) not null,
    status varchar(30) not null,
    anonymous boolean not null,
    language varchar(5) not null,
    organization_name bytea,
    organization_kind varchar(30),
    size_band varchar(20),
    country char(2),
    region bytea,
    work_languages varchar(200) not null,
    communities bytea,
    problems varchar(400) not null,
    description bytea not null,
    outcome bytea,
    urgency varchar(20) not null,
    timeframe varchar(20) not null,
    approach varchar(20) not null,
    contact_method varchar(20) not null,
    contact_email bytea,
    contact_signal bytea,
    contact_phone bytea,
    openpgp_key bytea,
    email_notices boolean not null,
    assigned_to uuid,
    submitted_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    awaiting_staff boolean not null,
    assessed_services varchar(400),
    assessed_languages varchar(200),
    assessment_context bytea,
    risk_level varchar(20),
    assessed_by uuid,
    assessed_at timestamp with time zone,
    version bigint not null,
    constraint help_request_pk primary key (id),
    constraint help_request_reference_uq unique (reference)
);
create index help_request_status_idx on help_request (status, submitted_at);
create index help_request_assigned_idx on help_request (assigned_to);

-- Status links as digests: the link token and its code are never stored. A purged request's link stays (marked
-- purged) until its own retention period ends, so the requester can reach the receipt.
create table help_request_link (
    link_digest char(64) not null,
    request_id uuid not null,
    code_digest char(64) not null,
    created_at timestamp with time zone not null,
    purged_at timestamp with time zone,
    constraint help_request_link_pk primary key (link_digest)
);
create index help_request_link_request_idx on help_request_link (request_id);

-- Who moved a request, from what to what, and when. Never why: reasons belong in sealed notes.
create table help_request_transition (
    id uuid not null,
    request_id uuid not null,
    from_status varchar(30),
    to_status varchar(30) not null,
    actor_id uuid,
    changed_at timestamp with time zone not null,
    constraint help_request_transition_pk primary key (id),
    constraint help_request_transition_fk foreign key (request_id) references help_request (id)
);
create index help_request_transition_request_idx on help_request_transition (request_id, changed_at);

-- Messages with the requester and internal staff notes, sealed under the request's case key.
create table help_request_message (
    id uuid not null,
    request_id uuid not null,
    kind varchar(20) not null,
    author_id uuid,
    body bytea not null,
    sent_at timestamp with time zone not null,
    version bigint not null,
    constraint help_request_message_pk primary key (id),
    constraint help_request_message_fk foreign key (request_id) references help_request (id)
);
create index help_request_message_request_idx on help_request_message (request_id, sent_at);
