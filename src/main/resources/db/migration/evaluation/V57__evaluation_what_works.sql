-- What works (issue 24): per kind of support, the organizations evaluated, how many improved and the sums of their
-- changes, recomputed by a job from the plans' results (never read per view). Hub-wide rows carry the zero id as
-- provider; a provider's own rows its id. Counts and sums only, in the clear: no row names an organization. The
-- organizations and providers who asked not to be counted are left out before counting.
create table evaluation_works_tally (
    provider_id uuid not null,
    mode varchar(5) not null,
    grouping varchar(20) not null,
    organizations bigint not null,
    improved bigint not null,
    change_sum numeric(30, 10) not null,
    potential_organizations bigint not null,
    potential_sum numeric(30, 10) not null,
    computed_at timestamp with time zone not null,
    constraint evaluation_works_tally_pk primary key (provider_id, mode, grouping),
    constraint evaluation_works_tally_mode_ck check (mode in ('FULL', 'LIGHT')),
    constraint evaluation_works_tally_counts_ck check (organizations >= 0 and improved >= 0
        and improved <= organizations and potential_organizations >= 0)
);
