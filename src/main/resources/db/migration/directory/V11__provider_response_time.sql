-- How fast a provider usually answers a new request (ResponseTime), part of their capacity, so that matching can
-- weigh a request's urgency against it. Providers who applied before this was asked are taken to answer within a week.
alter table provider add column response_time varchar(20) default 'WITHIN_A_WEEK' not null;
