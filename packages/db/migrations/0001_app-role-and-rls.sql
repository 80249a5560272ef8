-- The application role: every query that serves a request runs as it (SET LOCAL ROLE inside
-- withAppRole / withTenant). It can log in nowhere, is not a superuser and cannot bypass RLS.
-- Roles belong to the whole server, so creating it tolerates another database having done so.
DO $$
BEGIN
  CREATE ROLE airisk_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT;
EXCEPTION
  WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;
--> statement-breakpoint
-- Only a superuser may change these attributes, so touch them only when they are wrong: managed
-- Postgres (a CREATEROLE user, not a superuser) creates the role right and never gets here.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'airisk_app' AND (rolsuper OR rolbypassrls)) THEN
    ALTER ROLE airisk_app NOSUPERUSER NOBYPASSRLS;
  END IF;
END
$$;
--> statement-breakpoint
-- The migrating user must be a member to SET ROLE to it (a superuser already may).
DO $$
BEGIN
  IF NOT pg_has_role(current_user, 'airisk_app', 'MEMBER') THEN
    EXECUTE format('GRANT airisk_app TO %I', current_user);
  END IF;
EXCEPTION
  WHEN unique_violation OR duplicate_object THEN NULL;
END
$$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO airisk_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO airisk_app;
--> statement-breakpoint
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO airisk_app;
--> statement-breakpoint
-- Tables later migrations create get the same grants; RLS on each tenant table does the scoping.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO airisk_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO airisk_app;
--> statement-breakpoint
-- /readyz runs as the request role and compares applied migrations with the shipped ones.
GRANT USAGE ON SCHEMA drizzle TO airisk_app;
--> statement-breakpoint
GRANT SELECT ON drizzle.__drizzle_migrations TO airisk_app;
--> statement-breakpoint
-- Tenant isolation. `app.tenant_id` / `app.user_id` are set per transaction by withTenant with
-- bound parameters; unset, they are '' and match nothing.
ALTER TABLE memberships ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE memberships FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- Reading: the memberships of the active organisation, and the user's own in every organisation
-- (to list and switch organisations). Writing: only rows of the active organisation, so nothing
-- done inside one tenant can touch another's rows, not even the same user's.
CREATE POLICY memberships_read ON memberships FOR SELECT
  USING (
    tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid
    OR user_id = nullif(current_setting('app.user_id', true), '')::uuid
  );
--> statement-breakpoint
CREATE POLICY memberships_insert ON memberships FOR INSERT
  WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
--> statement-breakpoint
CREATE POLICY memberships_update ON memberships FOR UPDATE
  USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
--> statement-breakpoint
CREATE POLICY memberships_delete ON memberships FOR DELETE
  USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
--> statement-breakpoint
ALTER TABLE organisations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE organisations FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- The organisation row is its tenant's: readable when active or when the user is a member,
-- written only when active.
CREATE POLICY organisations_read ON organisations FOR SELECT
  USING (
    id = nullif(current_setting('app.tenant_id', true), '')::uuid
    OR EXISTS (
      SELECT 1 FROM memberships m
      WHERE m.tenant_id = organisations.id
        AND m.user_id = nullif(current_setting('app.user_id', true), '')::uuid
    )
  );
--> statement-breakpoint
CREATE POLICY organisations_insert ON organisations FOR INSERT
  WITH CHECK (id = nullif(current_setting('app.tenant_id', true), '')::uuid);
--> statement-breakpoint
CREATE POLICY organisations_update ON organisations FOR UPDATE
  USING (id = nullif(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (id = nullif(current_setting('app.tenant_id', true), '')::uuid);
--> statement-breakpoint
CREATE POLICY organisations_delete ON organisations FOR DELETE
  USING (id = nullif(current_setting('app.tenant_id', true), '')::uuid);
