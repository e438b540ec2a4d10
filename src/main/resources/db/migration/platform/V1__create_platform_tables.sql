-- Sessions (Spring Session JDBC), so that several instances can share sign-ins.
create table spring_session (
    primary_id char(36) not null,
    session_id char(36) not null,
    creation_time bigint not null,
    last_access_time bigint not null,
    max_inactive_interval int not null,
    expiry_time bigint not null,
    principal_name varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36) not null,
    attribute_name varchar(200) not null,
    attribute_bytes bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- Locks for scheduled jobs (ShedLock), so that only one instance runs each job at a time.
create table shedlock (
    name varchar(64) not null,
    lock_until timestamp not null,
    locked_at timestamp not null,
    locked_by varchar(255) not null,
    constraint shedlock_pk primary key (name)
);

-- Events between modules (Spring Modulith JDBC event publication registry).
create table event_publication (
    id uuid not null,
    listener_id varchar(512) not null,
    event_type varchar(512) not null,
    serialized_event varchar(4000) not null,
    publication_date timestamp(9) with time zone not null,
    completion_date timestamp(9) with time zone,
    status varchar(20),
    completion_attempts int,
    last_resubmission_date timestamp(9) with time zone,
    constraint event_publication_pk primary key (id)
);
create index event_publication_by_completion_date_idx on event_publication (completion_date);

-- Outgoing mail, written in the same transaction as the change that causes it and sent by a job.
-- Rows are deleted once sent; mail never carries sensitive content, only links.
create table mail_outbox (
    id uuid not null,
    recipient varchar(254) not null,
    subject varchar(200) not null,
    body varchar(4000) not null,
    created_at timestamp with time zone not null,
    attempts int not null default 0,
    next_attempt_at timestamp with time zone not null,
    constraint mail_outbox_pk primary key (id)
);
create index mail_outbox_next_attempt_idx on mail_outbox (next_attempt_at);
