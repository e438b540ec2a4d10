-- Matching. A request's needs profile as staff refined it for matching: the services, languages, budget, start and
-- channels in the clear like the assessment it starts from; its time zone (which can point at a place), the
-- communities it belongs to and the providers and jurisdictions it excludes are sealed under the request's keys.
-- Purged with the request.
create table match_needs (
    request_id uuid not null,
    services varchar(1000) not null,
    languages varchar(500) not null,
    interpretation boolean not null,
    time_zone bytea,
    communities bytea,
    budget varchar(20) not null,
    start_by date not null,
    channels varchar(100) not null,
    excluded_providers bytea,
    excluded_jurisdictions bytea,
    updated_by uuid not null,
    updated_at timestamp with time zone not null,
    version bigint not null,
    constraint match_needs_pk primary key (request_id)
);

-- The hub's weights for the soft score, one row per component; a missing row means the default weight.
create table match_weight (
    component varchar(30) not null,
    weight integer not null,
    updated_by uuid,
    updated_at timestamp with time zone not null,
    constraint match_weight_pk primary key (component),
    constraint match_weight_ck check (weight between 0 and 100)
);

-- World regions (UN M49 sub-region keys) the hub marks as underserved: their requests get priority.
create table match_underserved_region (
    region varchar(40) not null,
    marked_by uuid,
    marked_at timestamp with time zone not null,
    constraint match_underserved_region_pk primary key (region)
);

-- The providers staff chose for a request, in the order they are to be offered. A choice of a provider the engine
-- excluded names the constraints overridden and carries the reason, sealed under the request's case key.
create table match_choice (
    id uuid not null,
    request_id uuid not null,
    position integer not null,
    provider_id uuid not null,
    score integer,
    overridden bytea,
    reason bytea,
    chosen_by uuid not null,
    chosen_at timestamp with time zone not null,
    version bigint not null,
    constraint match_choice_pk primary key (id),
    constraint match_choice_position_uk unique (request_id, position),
    constraint match_choice_provider_uk unique (request_id, provider_id)
);
create index match_choice_provider_ix on match_choice (provider_id);

-- Batch proposals: an assignment of a queue computed by the solver, with the greedy baseline's figures beside it, and
-- the rows as proposed and as staff edited them. Ids and scores only; deleted after the retention period.
create table match_batch (
    id uuid not null,
    reference varchar(20) not null,
    created_by uuid not null,
    created_at timestamp with time zone not null,
    approach varchar(20),
    place_as_many boolean not null,
    max_share integer,
    optimal_placed integer not null,
    optimal_total bigint not null,
    greedy_placed integer not null,
    greedy_total bigint not null,
    applied_by uuid,
    applied_at timestamp with time zone,
    version bigint not null,
    constraint match_batch_pk primary key (id),
    constraint match_batch_share_ck check (max_share is null or max_share between 1 and 100)
);

create table match_batch_row (
    batch_id uuid not null,
    position integer not null,
    request_id uuid not null,
    proposed_provider uuid,
    proposed_score integer not null,
    provider_id uuid,
    score integer not null,
    constraint match_batch_row_pk primary key (batch_id, position),
    constraint match_batch_row_batch_fk foreign key (batch_id) references match_batch (id) on delete cascade
);
create index match_batch_row_request_ix on match_batch_row (request_id);
create index match_batch_row_provider_ix on match_batch_row (provider_id);
create index match_batch_row_proposed_ix on match_batch_row (proposed_provider);
