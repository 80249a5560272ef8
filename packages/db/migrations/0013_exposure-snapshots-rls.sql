-- The daily exposure snapshots are tenant rows like the others: forced RLS with the tenant policy.
-- The worker lists the organisations as the schema's owner (organisations_scheduler, 0008) and then
-- computes and writes each organisation's snapshot inside that tenant, as airisk_app.
--> statement-breakpoint
ALTER TABLE exposure_snapshots ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE exposure_snapshots FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY exposure_snapshots_tenant ON exposure_snapshots
  USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
--> statement-breakpoint
-- At start the worker asks, as the schema's owner and in one query, whether some organisation lacks
-- today's snapshot: the owner reads them (as 0008's scheduler policies do); it writes none, and
-- airisk_app is not a member of it, so requests still see only their tenant.
CREATE POLICY exposure_snapshots_scheduler ON exposure_snapshots FOR SELECT TO CURRENT_USER USING (true);
