-- The queue filtered by a country, in each of its sorts (issue 20). V25's country index serves the default sort
-- (urgency); sorted by submission or by last change, a country's open requests were all read and sorted for each page
-- (about 1,300 at 100,000 requests: 1.6 ms in PostgreSQL against 0.2 ms for a page read in order). One index per
-- sort, as for the open queue and for a status; newest first reads the submission index backwards.
create index help_request_country_submitted_idx on help_request (country, in_queue, submitted_at, id);
create index help_request_country_updated_idx on help_request (country, in_queue, updated_at, id);
