-- Spring Modulith 2.1's event publication registry finds an incomplete publication by its listener and serialized
-- event (to complete, fail or resubmit it). Its own schema indexes that lookup; V1 created every column but not this
-- index. A hash index, as in Modulith's PostgreSQL schema: a serialized event can be longer than a B-tree entry
-- allows, and the lookup is by equality only. H2 (in PostgreSQL mode) accepts the same statement.
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
