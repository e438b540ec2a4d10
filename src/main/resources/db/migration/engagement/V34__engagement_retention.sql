-- The retention rule engagement.closed finds engagements closed before its cutoff, oldest first.
create index engagement_closed_idx on engagement (closed_at, id);
