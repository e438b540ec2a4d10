-- The inactivity rule (docs/intake.md#inactivity): when anyone last acted on a request, and, once its requester has
-- been warned, the time the warning announced for its purge (no request is purged for inactivity before its warning
-- has had its full time). Both are clear times; they say when, never who or what. The default fills the rows that
-- exist already with the time of the upgrade, so that no request is purged without the warning.
alter table help_request add column last_activity_at timestamp with time zone default current_timestamp not null;
alter table help_request add column inactivity_purge_at timestamp with time zone;
create index help_request_activity_idx on help_request (last_activity_at);
