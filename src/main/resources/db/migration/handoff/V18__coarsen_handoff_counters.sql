-- Counters that cannot single anyone out, and what the program learns from follow-ups once requests are purged.
-- On a small hub a month, a sub-region and a list of services can point at one organization, so the counters keep
-- only what disclosure control allows: the quarter, the M49 region (Africa, Americas, Asia, Europe, Oceania), the
-- main service group of the taxonomy (ASSESS, PREVENT, RESPOND, SUPPORT) and buckets. Reports show a cell only
-- above a minimum group size (docs/handoff.md).

-- 1. handoff_tally: one row per cell with a count, instead of one row per confirmed handoff. Rows already kept are
--    converted and merge when they fall into the same cell.
alter table handoff_tally rename to handoff_tally_v13;
alter table handoff_tally_v13 drop constraint handoff_tally_pk;

create table handoff_tally (
    quarter_start date not null,
    region_group varchar(20) not null,
    service_group varchar(20) not null,
    days_bucket varchar(10) not null,
    offers_bucket varchar(10) not null,
    anonymous boolean not null,
    handoffs integer not null,
    constraint handoff_tally_pk primary key (quarter_start, region_group, service_group, days_bucket, offers_bucket,
        anonymous),
    constraint handoff_tally_handoffs_ck check (handoffs >= 0)
);

-- The old region is a UN M49 sub-region key (platform/regions.csv) or 'unknown'; the old services a comma-separated
-- list of codes of the taxonomy (directory/services.csv), whose main group is the one holding most of them, a tie
-- going to the group first in the taxonomy.
insert into handoff_tally (quarter_start, region_group, service_group, days_bucket, offers_bucket, anonymous, handoffs)
select quarter_start, region_group, service_group, days_bucket, offers_bucket, anonymous, count(*)
from (
    select
        cast(substring(confirmed_month, 1, 4) || '-' ||
            case
                when substring(confirmed_month, 6, 2) in ('01', '02', '03') then '01'
                when substring(confirmed_month, 6, 2) in ('04', '05', '06') then '04'
                when substring(confirmed_month, 6, 2) in ('07', '08', '09') then '07'
                else '10'
            end || '-01' as date) as quarter_start,
        case
            when region in ('NORTHERN_AFRICA', 'EASTERN_AFRICA', 'MIDDLE_AFRICA', 'SOUTHERN_AFRICA', 'WESTERN_AFRICA')
                then 'AFRICA'
            when region in ('CARIBBEAN', 'CENTRAL_AMERICA', 'SOUTH_AMERICA', 'NORTHERN_AMERICA') then 'AMERICAS'
            when region in ('CENTRAL_ASIA', 'EASTERN_ASIA', 'SOUTH_EASTERN_ASIA', 'SOUTHERN_ASIA', 'WESTERN_ASIA')
                then 'ASIA'
            when region in ('EASTERN_EUROPE', 'NORTHERN_EUROPE', 'SOUTHERN_EUROPE', 'WESTERN_EUROPE') then 'EUROPE'
            when region in ('AUSTRALIA_AND_NEW_ZEALAND', 'MELANESIA', 'MICRONESIA', 'POLYNESIA') then 'OCEANIA'
            else 'UNKNOWN'
        end as region_group,
        case
            when assess + prevent + respond + support = 0 then 'UNKNOWN'
            when assess >= prevent and assess >= respond and assess >= support then 'ASSESS'
            when prevent >= respond and prevent >= support then 'PREVENT'
            when respond >= support then 'RESPOND'
            else 'SUPPORT'
        end as service_group,
        case when days_to_confirm <= 7 then '0-7' when days_to_confirm <= 30 then '8-30' else '31+' end as days_bucket,
        case when offers_made <= 1 then '1' when offers_made = 2 then '2' else '3+' end as offers_bucket,
        anonymous
    from (
        select confirmed_month, region, days_to_confirm, offers_made, anonymous,
            case when codes like '%,SECURITY_AUDIT,%' then 1 else 0 end
                + case when codes like '%,THREAT_MODELLING,%' then 1 else 0 end as assess,
            case when codes like '%,TRAINING,%' then 1 else 0 end
                + case when codes like '%,ACCOUNT_SECURITY,%' then 1 else 0 end
                + case when codes like '%,DEVICE_SECURITY,%' then 1 else 0 end
                + case when codes like '%,SECURE_COMMUNICATION,%' then 1 else 0 end
                + case when codes like '%,DATA_PROTECTION,%' then 1 else 0 end
                + case when codes like '%,WEBSITE_PROTECTION,%' then 1 else 0 end as prevent,
            case when codes like '%,INCIDENT_RESPONSE,%' then 1 else 0 end
                + case when codes like '%,DIGITAL_FORENSICS,%' then 1 else 0 end as respond,
            case when codes like '%,POLICY_DEVELOPMENT,%' then 1 else 0 end
                + case when codes like '%,PHYSICAL_SECURITY,%' then 1 else 0 end
                + case when codes like '%,PSYCHOSOCIAL_SUPPORT,%' then 1 else 0 end
                + case when codes like '%,LEGAL_SUPPORT,%' then 1 else 0 end as support
        from (select t.*, ',' || services || ',' as codes from handoff_tally_v13 t) listed
    ) counted
) coarse
group by quarter_start, region_group, service_group, days_bucket, offers_bucket, anonymous;

drop table handoff_tally_v13;

-- 2. What each side of a handoff said in its follow-ups, counted when the request is purged, only for a side that
--    lets itself be counted: never free text, never an id. usefulness 0 and recommends NONE mean no survey was
--    answered.
create table handoff_outcome_tally (
    side varchar(20) not null,
    approach varchar(20) not null,
    service_group varchar(20) not null,
    region_group varchar(20) not null,
    quarter_start date not null,
    days_bucket varchar(10) not null,
    usefulness integer not null,
    recommends varchar(10) not null,
    handoffs integer not null,
    constraint handoff_outcome_tally_pk primary key (side, approach, service_group, region_group, quarter_start,
        days_bucket, usefulness, recommends),
    constraint handoff_outcome_tally_side_ck check (side in ('ORGANIZATION', 'PROVIDER')),
    constraint handoff_outcome_tally_usefulness_ck check (usefulness between 0 and 5),
    constraint handoff_outcome_tally_recommends_ck check (recommends in ('YES', 'NO', 'UNSURE', 'NONE')),
    constraint handoff_outcome_tally_handoffs_ck check (handoffs >= 0)
);

-- 3. Consent. A requester's answers are counted only if they tick it (on the request form or a follow-up survey);
--    a provider's unless they ask not to be (on their page or a survey). Plain booleans: they identify no one.
alter table help_request add column count_answers boolean default false not null;
alter table provider add column count_answers boolean default true not null;
