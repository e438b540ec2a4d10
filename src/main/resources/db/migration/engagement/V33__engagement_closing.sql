-- Closing an engagement and keeping in touch (ADR 0017, step 4): why it closed, the agreed keep-in-touch period,
-- the check-ins mailed while it lasts and the alerts staff see when a side needs help. The note of a closing and of
-- a check-in answer is sealed under the organization's case key; a check-in link is kept as its SHA-256 digest only.

create table engagement_closing (
    engagement_id uuid not null,
    organization_id uuid not null,
    reason varchar(30) not null,
    note bytea,
    closed_by uuid not null,
    closed_at timestamp with time zone not null,
    keep_in_touch_until date not null,
    every_months integer not null,
    next_check_in date,
    version bigint not null,
    constraint engagement_closing_pk primary key (engagement_id),
    constraint engagement_closing_fk foreign key (engagement_id) references engagement (id)
);
-- the job: check-ins due, and periods that ended
create index engagement_closing_due_idx on engagement_closing (next_check_in, engagement_id);
create index engagement_closing_until_idx on engagement_closing (keep_in_touch_until, engagement_id);

create table engagement_check_in (
    id uuid not null,
    engagement_id uuid not null,
    organization_id uuid not null,
    side varchar(20) not null,
    due_on date not null,
    token_digest varchar(64) not null,
    expires_at timestamp with time zone not null,
    answer varchar(20),
    note bytea,
    answered_at timestamp with time zone,
    answered_by uuid,
    version bigint not null,
    constraint engagement_check_in_pk primary key (id),
    constraint engagement_check_in_fk foreign key (engagement_id) references engagement (id),
    constraint engagement_check_in_once unique (engagement_id, side, due_on)
);
create unique index engagement_check_in_token_idx on engagement_check_in (token_digest);
-- the engagement's check-ins, newest first
create index engagement_check_in_engagement_idx on engagement_check_in (engagement_id, due_on, id);

create table engagement_alert (
    id uuid not null,
    engagement_id uuid not null,
    organization_id uuid not null,
    check_in_id uuid not null,
    side varchar(20) not null,
    raised_at timestamp with time zone not null,
    handled_at timestamp with time zone,
    handled_by uuid,
    version bigint not null,
    constraint engagement_alert_pk primary key (id),
    constraint engagement_alert_fk foreign key (engagement_id) references engagement (id)
);
-- staff's alerts: open ones first, oldest first
create index engagement_alert_open_idx on engagement_alert (handled_at, raised_at, id);
