-- Staff recording contact against a side's "not yet" (or for an anonymous request whose organization has not said
-- yes itself) waits a grace period in which the organization may say it is not in contact; only then is contact
-- confirmed and an anonymous request purged. The reason staff give is free text about the case: sealed under the
-- request's case key, and purged with it.
alter table handoff add column grace_until timestamp with time zone;
alter table handoff add column staff_reason bytea;
alter table handoff add column record_cancelled_at timestamp with time zone;
create index handoff_grace_ix on handoff (stage, grace_until);
