-- A knowledge check is written by an engagement's provider for that engagement: its title, intro and questions may
-- name the organization or what it faces, so they are sealed under the organization's keys (sealed_content) and the
-- clear column holds nothing for it (an empty text). Staff's surveys stay reference text in the clear. Checks written
-- before this migration are sealed by the application at start (KnowledgeCheckSealing).
alter table survey add column sealed_content bytea;
