-- Row-level security for the register's tables: the same rule as every tenant table, one policy
-- per table matching the transaction's app.tenant_id (set by withTenant with a bound parameter).
--> statement-breakpoint
ALTER TABLE systems ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE systems FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY systems_tenant ON systems
  USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
--> statement-breakpoint
ALTER TABLE risks ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE risks FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY risks_tenant ON risks
  USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
--> statement-breakpoint
ALTER TABLE mitigations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE mitigations FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY mitigations_tenant ON mitigations
  USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
--> statement-breakpoint
ALTER TABLE obligation_statuses ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE obligation_statuses FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY obligation_statuses_tenant ON obligation_statuses
  USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
--> statement-breakpoint
ALTER TABLE evidence ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE evidence FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY evidence_tenant ON evidence
  USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
--> statement-breakpoint
ALTER TABLE findings ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE findings FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY findings_tenant ON findings
  USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON systems, risks, mitigations, obligation_statuses, evidence, findings TO airisk_app;
--> statement-breakpoint
-- The vocabularies of api.md, enforced by the database as well as by the input schemas.
ALTER TABLE systems ADD CONSTRAINT systems_impact_level_check CHECK (impact_level IN ('minimal', 'medium', 'high'));
--> statement-breakpoint
ALTER TABLE systems ADD CONSTRAINT systems_autonomy_level_check CHECK (autonomy_level IN ('low', 'medium', 'high'));
--> statement-breakpoint
ALTER TABLE risks ADD CONSTRAINT risks_status_check CHECK (status IN ('open', 'closed'));
--> statement-breakpoint
ALTER TABLE risks ADD CONSTRAINT risks_arises_from_check CHECK (arises_from IN ('intended_use', 'foreseeable_misuse', 'both'));
--> statement-breakpoint
ALTER TABLE mitigations ADD CONSTRAINT mitigations_status_check CHECK (status IN ('planned', 'in_progress', 'done', 'cancelled'));
--> statement-breakpoint
ALTER TABLE obligation_statuses ADD CONSTRAINT obligation_statuses_status_check CHECK (status IN ('met', 'gap', 'not_applicable'));
--> statement-breakpoint
ALTER TABLE evidence ADD CONSTRAINT evidence_kind_values_check CHECK (kind IN ('file', 'link'));
--> statement-breakpoint
-- The audit trail. The request role may read and append its tenant's entries, nothing more.
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE audit_log FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY audit_log_read ON audit_log FOR SELECT USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
--> statement-breakpoint
CREATE POLICY audit_log_append ON audit_log FOR INSERT WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
--> statement-breakpoint
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM airisk_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON audit_log TO airisk_app;
--> statement-breakpoint
ALTER TABLE audit_heads ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE audit_heads FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY audit_heads_read ON audit_heads FOR SELECT USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
--> statement-breakpoint
-- The chain trigger (security definer) writes heads as the table's owner; where the owner is not a
-- superuser, forced RLS applies to it too, so its writes are confined to the transaction's tenant.
CREATE POLICY audit_heads_chain_insert ON audit_heads FOR INSERT WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
--> statement-breakpoint
CREATE POLICY audit_heads_chain_update ON audit_heads FOR UPDATE USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
--> statement-breakpoint
-- Only the chain trigger (security definer, below) moves a head; the request role reads it.
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON audit_heads FROM airisk_app;
--> statement-breakpoint
GRANT SELECT ON audit_heads TO airisk_app;
--> statement-breakpoint
-- An entry's hash: SHA-256 over the previous entry's hash and the entry's fields as a JSON array
-- (unambiguous, whatever the text holds). Times are written in UTC so that every session, whatever
-- its TimeZone, computes the same hash; jsonb's text form is canonical.
CREATE FUNCTION audit_log_hash(a audit_log) RETURNS text
  LANGUAGE sql STABLE
  SET search_path = public, pg_temp
AS $$
  SELECT encode(sha256(convert_to(a.prev_hash || jsonb_build_array(
    a.tenant_id, a.seq, to_char(a.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    a.actor_id, a.actor_role, a.system_id, a.entity, a.entity_id, a.action, a.from_state,
    a.to_state, a.reason, a.basis, a.before, a.after, a.accepted
  )::text, 'UTF8')), 'hex')
$$;
--> statement-breakpoint
-- Appending: lock the tenant's head (concurrent writers queue here, so the chain never forks),
-- number the entry, link it to the previous hash and hash it. Security definer: the request role
-- cannot move a head itself; the entry's own tenant was already checked by audit_log's RLS.
CREATE FUNCTION audit_log_chain() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = public, pg_temp
AS $$
DECLARE
  head audit_heads;
BEGIN
  INSERT INTO audit_heads (tenant_id, seq, hash) VALUES (NEW.tenant_id, 0, '')
    ON CONFLICT (tenant_id) DO NOTHING;
  SELECT * INTO head FROM audit_heads WHERE tenant_id = NEW.tenant_id FOR UPDATE;
  NEW.seq := head.seq + 1;
  NEW.prev_hash := head.hash;
  NEW.hash := audit_log_hash(NEW);
  UPDATE audit_heads SET seq = NEW.seq, hash = NEW.hash WHERE tenant_id = NEW.tenant_id;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_chain();
--> statement-breakpoint
-- Append only: no role, the owner included, may change or remove an entry through SQL.
CREATE FUNCTION audit_log_refuse() RETURNS trigger
  LANGUAGE plpgsql
AS $$
BEGIN
  RAISE EXCEPTION 'the audit trail is append-only: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_refuse();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse();
--> statement-breakpoint
REVOKE ALL ON FUNCTION audit_log_chain() FROM PUBLIC;
