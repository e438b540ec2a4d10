-- Program figures (issue 24): counters that outlive the requests they count. Requests are purged after their
-- retention, so the figures never count the live table: each submission adds one, in its own transaction, to its
-- month's cell. The tables belong to intake (it writes them); they come with the evaluation's migration because the
-- program figures are why they exist. Nothing in them names a request, an organization or a provider. A cell is
-- split over 4 slots: a submission adds to one picked at random, so that submissions arriving together do not wait
-- on one row's lock. Months are UTC.

-- Requests per month, by approach and whether anonymous.
create table intake_request_month_tally (
    month_start date not null,
    approach varchar(20) not null,
    anonymous boolean not null,
    slot smallint not null,
    requests bigint not null,
    constraint intake_request_month_tally_pk primary key (month_start, approach, anonymous, slot),
    constraint intake_request_month_tally_requests_ck check (requests >= 0),
    constraint intake_request_month_tally_slot_ck check (slot between 0 and 3)
);

-- The requests already kept are counted once, into slot 0 (those purged before this migration are lost).
insert into intake_request_month_tally (month_start, approach, anonymous, slot, requests)
select month_start, approach, anonymous, 0, count(*)
from (
    select cast(cast(cast(extract(year from submitted_at) as integer) as varchar) || '-' ||
            lpad(cast(cast(extract(month from submitted_at) as integer) as varchar), 2, '0') || '-01' as date)
            as month_start,
        approach, anonymous
    from help_request
) submitted
group by month_start, approach, anonymous;

-- "How did you hear about us?" on the request form: the answer is counted here and not kept with the request.
create table intake_referral_tally (
    month_start date not null,
    source varchar(20) not null,
    slot smallint not null,
    requests bigint not null,
    constraint intake_referral_tally_pk primary key (month_start, source, slot),
    constraint intake_referral_tally_source_ck check (source in ('PARTICIPANT', 'PROVIDER', 'HUB_STAFF', 'HELPLINE',
        'EVENT', 'SEARCH_SOCIAL', 'OTHER')),
    constraint intake_referral_tally_requests_ck check (requests >= 0),
    constraint intake_referral_tally_slot_ck check (slot between 0 and 3)
);
