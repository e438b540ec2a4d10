-- The queue of one staff member's open requests ("assigned to me") in its default order (issue 20). With only the
-- assignee's own index, PostgreSQL read the open queue in urgency order and skipped the requests of everyone else:
-- with two staff members sharing the assessed requests at 100,000 requests, about 340 rows read for a page of 50,
-- scattered over the table. This index reads the page itself, in order from a cursor; its first column serves every
-- lookup by assignee the old index did, so that one goes.
create index help_request_assignee_queue_idx on help_request (assigned_to, in_queue, urgency_rank, submitted_at, id);
drop index help_request_assigned_idx;
