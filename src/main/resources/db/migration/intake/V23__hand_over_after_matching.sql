-- Intake owns a request's stages until it is handed over; what follows belongs to the module doing the work (the
-- handoff). Intake's statuses after matching (MATCHED, INTRODUCED, CONTACT_CONFIRMED, CLOSED) become one,
-- HANDED_OVER, and the handoff holds where each such request stands. See docs/adr/0016-journey-stages-have-one-owner.md.

-- 1. Requests moved past matching by hand on the request's page, which the handoff never carried (or had taken
--    back), were handled outside Tandem: the handoff now holds them at the stage intake showed. Reminders and
--    staff alerts count as sent: nothing was offered through Tandem to remind anyone of.
insert into handoff (request_id, anonymous, stage, language, started_by, started_at, stage_since, introduced_at,
        reminded_at, staff_alerted_at, confirmed_at, version)
select r.id, r.anonymous,
       case r.status when 'INTRODUCED' then 'INTRODUCED' when 'CONTACT_CONFIRMED' then 'FOLLOWING_UP' else 'CLOSED' end,
       r.language, coalesce(r.assigned_to, '00000000-0000-0000-0000-000000000000'), r.updated_at, r.updated_at,
       r.updated_at, r.updated_at, r.updated_at,
       case when r.status = 'INTRODUCED' then null else r.updated_at end, 0
from help_request r
where r.status in ('INTRODUCED', 'CONTACT_CONFIRMED', 'CLOSED')
  and not exists (select 1 from handoff h where h.request_id = r.id);

update handoff set
    stage = (select case r.status when 'INTRODUCED' then 'INTRODUCED' when 'CONTACT_CONFIRMED' then 'FOLLOWING_UP'
                                  else 'CLOSED' end
             from help_request r where r.id = handoff.request_id),
    introduced_at = coalesce(introduced_at, stage_since),
    reminded_at = coalesce(reminded_at, stage_since),
    staff_alerted_at = coalesce(staff_alerted_at, stage_since)
where stage in ('OFFERING', 'NO_PROVIDER', 'ACCEPTED', 'WITHDRAWN')
  and exists (select 1 from help_request r where r.id = handoff.request_id
              and r.status in ('INTRODUCED', 'CONTACT_CONFIRMED', 'CLOSED'));

-- 2. A request marked matched by hand that no handoff carries goes back to assessment: staff choose its providers
--    on the matching page, which hands it over.
update help_request set status = 'ASSESSING'
where status = 'MATCHED' and not exists (select 1 from handoff h where h.request_id = help_request.id);

-- 3. The rest is handed over.
update help_request set status = 'HANDED_OVER'
where status in ('MATCHED', 'INTRODUCED', 'CONTACT_CONFIRMED', 'CLOSED');

-- 4. The history keeps intake's own moves: the hand-over, and any move back to assessment. Moves between the later
--    stages are the handoff's (its own dates record them).
delete from help_request_transition where to_status in ('INTRODUCED', 'CONTACT_CONFIRMED', 'CLOSED');
update help_request_transition set to_status = 'HANDED_OVER' where to_status = 'MATCHED';
update help_request_transition set from_status = 'HANDED_OVER'
where from_status in ('MATCHED', 'INTRODUCED', 'CONTACT_CONFIRMED', 'CLOSED');
