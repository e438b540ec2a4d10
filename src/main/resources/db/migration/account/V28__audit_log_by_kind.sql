-- The security audit log is paged from an id (keyset), newest first; filtered by kind, the same order is read from
-- this index, so a page costs the same however long the log grows.
create index security_event_kind_idx on security_event (kind, id);
