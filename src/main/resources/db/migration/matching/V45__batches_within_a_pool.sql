-- A batch proposed within a set of providers (a cohort's) is shown, edited and applied only by the page that chose
-- them; the staff's list of recent batches leaves it out.
alter table match_batch add column within_pool boolean default false not null;
create index match_batch_recent_ix on match_batch (within_pool, created_at, id);
