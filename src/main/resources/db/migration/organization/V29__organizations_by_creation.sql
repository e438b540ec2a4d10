-- The staff list of organizations goes by 50, newest first, from the last row shown (keyset): this index serves it
-- at any depth.
create index organization_created_idx on organization (created_at, id);
