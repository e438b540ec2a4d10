-- Covering indexes for the staff directory and the public listing (DirectoryQueries): each holds every provider
-- column a search filters, orders or counts on, so a search walks these narrow entries and reads only the 25 rows of
-- its page whole. A provider's row is wide (sealed contact details, OpenPGP key and referees, the expertise text):
-- on the embedded database, with 10,000 providers, reading thousands of them made most of a search's 22-75 ms
-- (docs/performance.md, "Directory search").

-- In name order: the whole directory and broad filters, a page at a time.
create index provider_name_search_idx on provider
    (display_name, id, status, listed, remote_anywhere, max_engagements, open_engagements);

-- By id: the providers a filter on services, languages, countries or communities finds are looked up here.
create index provider_id_search_idx on provider
    (id, status, listed, remote_anywhere, max_engagements, open_engagements, display_name);

-- By status, then in name order: one status (the vetting queues, free capacity, the public listing), now covering.
drop index provider_status_idx;
create index provider_status_idx on provider
    (status, display_name, id, listed, remote_anywhere, max_engagements, open_engagements);
