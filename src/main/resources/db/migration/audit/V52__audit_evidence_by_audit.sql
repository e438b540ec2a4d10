-- An audit's evidence over all its activities, newest first: the findings' pages link a finding's evidence to the
-- file of that name.
create index audit_evidence_audit_idx on audit_evidence (audit_id, uploaded_at, id);
