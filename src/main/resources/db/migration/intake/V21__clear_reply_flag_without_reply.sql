-- A new request used to be flagged as waiting for staff from the start, which showed a "new reply" badge though
-- nobody had replied. The flag now means the requester wrote and staff have not read it: clear it where the
-- requester never wrote.
update help_request set awaiting_staff = false
where awaiting_staff
  and not exists (select 1 from help_request_message m
                  where m.request_id = help_request.id and m.kind = 'FROM_REQUESTER');
