-- Staff's overview of every engagement (ADR 0017): stalest first within a phase, and the load of each provider.

-- one range per phase, in order of last activity: the overview merges the active phases' ranges
create index engagement_phase_activity_idx on engagement (phase, updated_at, id);

-- How many engagements each provider has in each state, kept in the transaction that opens an engagement or moves
-- it between phases, so that the load per provider is read, not counted.
create table engagement_load (
    provider_id uuid not null,
    active integer not null,
    keeping_in_touch integer not null,
    constraint engagement_load_pk primary key (provider_id)
);
create index engagement_load_active_idx on engagement_load (active, provider_id);

insert into engagement_load (provider_id, active, keeping_in_touch)
select provider_id,
       sum(case when phase in ('DISCOVER', 'STRATEGISE', 'ACTUALISE') then 1 else 0 end),
       sum(case when phase = 'KEEPING_IN_TOUCH' then 1 else 0 end)
from engagement group by provider_id;

-- the requester's status page asks whether its request became an engagement
create index engagement_request_idx on engagement (request_id);
