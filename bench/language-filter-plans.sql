-- The queue's language filter on PostgreSQL, the code as a parameter (the generic plan a prepared statement settles on
-- after five runs) and the code in the statement, for a language no request is in and for a common one.
-- Run against a database bench/lists.sh kept (BENCH_KEEP=1):  psql -X -d tandem_bench_lists -f bench/language-filter-plans.sql
\timing off
prepare by_parameter(text) as
  select id, reference from help_request where in_queue = true
    and exists (select 1 from help_request_language l where l.language = $1 and l.request_id = help_request.id)
  order by urgency_rank, submitted_at, id fetch first 51 rows only;
set plan_cache_mode = force_generic_plan;
\echo '== the code as a parameter, generic plan: sw (no request), then ar'
explain (analyze, costs off, summary on) execute by_parameter('sw');
explain (analyze, costs off, summary on) execute by_parameter('ar');
reset plan_cache_mode;
\echo '== the code in the statement: sw (no request), then ar'
explain (analyze, costs off, summary on)
  select id, reference from help_request where in_queue = true
    and exists (select 1 from help_request_language l where l.language = 'sw' and l.request_id = help_request.id)
  order by urgency_rank, submitted_at, id fetch first 51 rows only;
explain (analyze, costs off, summary on)
  select id, reference from help_request where in_queue = true
    and exists (select 1 from help_request_language l where l.language = 'ar' and l.request_id = help_request.id)
  order by urgency_rank, submitted_at, id fetch first 51 rows only;
\echo '== before V59: the pattern over the list of languages, sw (no request)'
explain (analyze, costs off, summary on)
  select id, reference from help_request where in_queue = true and (',' || work_languages || ',') like '%,sw,%'
  order by urgency_rank, submitted_at, id fetch first 51 rows only;
