-- The triage queue at 100,000 requests (issue 20). Every sort the queue offers is served by an index, read in order
-- from a cursor (keyset pagination), and the counts at its top come from a small tally kept in the same transaction
-- as each change, instead of aggregates over the whole table on every view.

-- The urgency as a number in its sort order (emergencies first), stored so that an index can serve the default sort;
-- and whether intake still works on the request (new, needs information, being assessed), so that the open queue is
-- one index range instead of three.
alter table help_request add column urgency_rank smallint;
update help_request set urgency_rank = case urgency when 'EMERGENCY' then 0 when 'URGENT' then 1 when 'SOON' then 2
    else 3 end;
alter table help_request alter column urgency_rank set not null;
alter table help_request add column in_queue boolean default false not null;
update help_request set in_queue = status in ('NEW', 'NEEDS_INFORMATION', 'ASSESSING');

-- One index per sort, for the open queue and for a chosen status; the id breaks ties, so a cursor is exact.
drop index help_request_status_idx;
create index help_request_queue_urgency_idx on help_request (in_queue, urgency_rank, submitted_at, id);
create index help_request_queue_submitted_idx on help_request (in_queue, submitted_at, id);
create index help_request_queue_updated_idx on help_request (in_queue, updated_at, id);
create index help_request_status_urgency_idx on help_request (status, urgency_rank, submitted_at, id);
create index help_request_status_submitted_idx on help_request (status, submitted_at, id);
create index help_request_status_updated_idx on help_request (status, updated_at, id);
-- A country filter reads that country's open requests in the default order: without it, a country with few requests
-- (or none) meant reading the whole open queue to fill a page.
create index help_request_country_idx on help_request (country, in_queue, urgency_rank, submitted_at, id);

-- How many requests there are in each cell of status, urgency, whether assigned and whether a reply waits for staff:
-- every count the queue shows is a sum over at most 80 cells. Each cell is split over 8 slots, and a change adds to
-- one slot picked at random, so that submissions arriving together do not wait on one row's lock.
create table help_request_tally (
    status varchar(30) not null,
    urgency varchar(20) not null,
    assigned boolean not null,
    awaiting boolean not null,
    slot smallint not null,
    requests bigint not null,
    constraint help_request_tally_pk primary key (status, urgency, assigned, awaiting, slot)
);
insert into help_request_tally (status, urgency, assigned, awaiting, slot, requests)
select s.v, u.v, a.v, w.v, k.v, 0
from (values ('NEW'), ('NEEDS_INFORMATION'), ('ASSESSING'), ('HANDED_OVER'), ('DECLINED')) as s(v)
cross join (values ('EMERGENCY'), ('URGENT'), ('SOON'), ('NOT_URGENT')) as u(v)
cross join (values (true), (false)) as a(v)
cross join (values (true), (false)) as w(v)
cross join (values (0), (1), (2), (3), (4), (5), (6), (7)) as k(v);
update help_request_tally set requests = (select count(*) from help_request r where r.status = help_request_tally.status
    and r.urgency = help_request_tally.urgency and (r.assigned_to is not null) = help_request_tally.assigned
    and r.awaiting_staff = help_request_tally.awaiting)
where slot = 0;
