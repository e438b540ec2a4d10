-- The working languages of each request, a row each (issue 20): the queue's language filter asks this table whether
-- a request is in the language, by its key, instead of matching a pattern in the request's list of languages. A
-- language few requests are in is then found from its own rows (on PostgreSQL the planner starts from them), where the
-- pattern meant reading the whole open queue to fill a page. A request's languages never change once it is sent;
-- its rows go with it.
create table help_request_language (
    language varchar(16) not null,
    request_id uuid not null,
    constraint help_request_language_pk primary key (language, request_id),
    constraint help_request_language_request_fk foreign key (request_id) references help_request (id) on delete cascade
);
create index help_request_language_request_idx on help_request_language (request_id);

-- The requests sent before: their list of languages, split over the languages the form offers.
insert into help_request_language (language, request_id)
select l.code, r.id from help_request r
join (values ('en'), ('es'), ('fr'), ('pt'), ('ar'), ('ru'), ('uk'), ('fa'), ('tr'), ('zh'), ('hi'), ('ur'), ('bn'),
    ('sw'), ('am'), ('my'), ('id'), ('vi'), ('th'), ('ko'), ('de'), ('it'), ('ka'), ('hy'), ('az'), ('ky'), ('kk'),
    ('uz'), ('ps'), ('ne')) as l(code)
    on (',' || r.work_languages || ',') like ('%,' || l.code || ',%');
