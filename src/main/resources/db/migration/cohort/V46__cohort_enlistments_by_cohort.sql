-- The retention of a closed cohort deletes its enlistments by cohort, whoever enrolled: an index for that delete
-- (the first one serves the waiting list, which starts from the organization not yet enrolled).
create index cohort_enlistment_by_cohort_idx on cohort_enlistment (cohort_id);
