-- Working together (ADR 0017, step 3): meetings with their notes, decisions, the messages of the engagement's
-- thread, and the guides and checklists the provider leaves behind. Every text people write is sealed under the
-- organization's case key (bytea); ids, dates, kinds and the done flag are in the clear for lists.

create table engagement_meeting (
    id uuid not null,
    engagement_id uuid not null,
    organization_id uuid not null,
    held_on date not null,
    title bytea not null,
    notes bytea,
    author_id uuid not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version bigint not null,
    constraint engagement_meeting_pk primary key (id),
    constraint engagement_meeting_fk foreign key (engagement_id) references engagement (id)
);
-- the meetings of an engagement, newest first, and "earlier meetings" from a (held_on, id) key
create index engagement_meeting_engagement_idx on engagement_meeting (engagement_id, held_on, id);

create table engagement_decision (
    id uuid not null,
    engagement_id uuid not null,
    organization_id uuid not null,
    meeting_id uuid,
    decided_on date not null,
    what bytea not null,
    author_id uuid not null,
    created_at timestamp with time zone not null,
    version bigint not null,
    constraint engagement_decision_pk primary key (id),
    constraint engagement_decision_fk foreign key (engagement_id) references engagement (id)
);
-- the decisions of an engagement, newest first, and "earlier decisions" from a (decided_on, id) key
create index engagement_decision_engagement_idx on engagement_decision (engagement_id, decided_on, id);

create table engagement_message (
    id uuid not null,
    engagement_id uuid not null,
    organization_id uuid not null,
    author_id uuid not null,
    body bytea not null,
    sent_at timestamp with time zone not null,
    version bigint not null,
    constraint engagement_message_pk primary key (id),
    constraint engagement_message_fk foreign key (engagement_id) references engagement (id)
);
-- the thread: the latest messages, and "older messages" from a (sent_at, id) key
create index engagement_message_engagement_idx on engagement_message (engagement_id, sent_at, id);

create table engagement_guide (
    id uuid not null,
    engagement_id uuid not null,
    organization_id uuid not null,
    kind varchar(20) not null,
    title bytea not null,
    body bytea,
    author_id uuid not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version bigint not null,
    constraint engagement_guide_pk primary key (id),
    constraint engagement_guide_fk foreign key (engagement_id) references engagement (id)
);
create index engagement_guide_engagement_idx on engagement_guide (engagement_id, created_at, id);

create table engagement_checklist_item (
    id uuid not null,
    guide_id uuid not null,
    engagement_id uuid not null,
    organization_id uuid not null,
    item_order integer not null,
    content bytea not null,
    done boolean not null,
    done_by uuid,
    done_at timestamp with time zone,
    version bigint not null,
    constraint engagement_checklist_item_pk primary key (id),
    constraint engagement_checklist_item_fk foreign key (guide_id) references engagement_guide (id)
);
-- a guide's items in their order
create index engagement_checklist_item_guide_idx on engagement_checklist_item (guide_id, item_order, id);

-- Files shared in the engagement: the bytes are encrypted under the organization's file key by the privacy module's
-- file store (and destroyed with its keys); the name, which can say a lot, is sealed here.
create table engagement_file (
    id uuid not null,
    engagement_id uuid not null,
    organization_id uuid not null,
    file_id uuid not null,
    name bytea not null,
    content_type varchar(100) not null,
    size_bytes bigint not null,
    uploaded_by uuid not null,
    uploaded_at timestamp with time zone not null,
    version bigint not null,
    constraint engagement_file_pk primary key (id),
    constraint engagement_file_fk foreign key (engagement_id) references engagement (id)
);
-- the files of an engagement, newest first
create index engagement_file_engagement_idx on engagement_file (engagement_id, uploaded_at, id);
