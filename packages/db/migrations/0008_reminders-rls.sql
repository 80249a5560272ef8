-- The inbox is a tenant table like the others: forced row-level security with the tenant policy.
--> statement-breakpoint
ALTER TABLE reminders ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE reminders FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY reminders_tenant ON reminders
  USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
--> statement-breakpoint
-- The scheduler's sweep reads every organisation's operating systems and writes their reminders in
-- one set-based statement, as the role that owns the schema (the one that runs these migrations and
-- the worker), not as airisk_app. FORCE makes the owner subject to RLS too unless it is a superuser,
-- so the owner gets these policies of its own; airisk_app is not a member of it, so requests still
-- see only their tenant. The owner could disable RLS on its own tables anyway: nothing is widened.
CREATE POLICY reminders_scheduler ON reminders TO CURRENT_USER USING (true) WITH CHECK (true);
--> statement-breakpoint
CREATE POLICY systems_scheduler ON systems FOR SELECT TO CURRENT_USER USING (true);
--> statement-breakpoint
CREATE POLICY risks_scheduler ON risks FOR SELECT TO CURRENT_USER USING (true);
--> statement-breakpoint
CREATE POLICY mitigations_scheduler ON mitigations FOR SELECT TO CURRENT_USER USING (true);
--> statement-breakpoint
CREATE POLICY memberships_scheduler ON memberships FOR SELECT TO CURRENT_USER USING (true);
--> statement-breakpoint
CREATE POLICY organisations_scheduler ON organisations FOR SELECT TO CURRENT_USER USING (true);
