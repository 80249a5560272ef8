-- Invitations are tenant rows like any other.
ALTER TABLE invitations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE invitations FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY invitations_tenant ON invitations
  USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
--> statement-breakpoint
-- People are global, but the request role sees only the signed-in user and the members of the
-- active organisation. RLS is enabled, not forced: the owner's security-definer function below
-- looks a user up by e-mail at sign-in, before anyone is known.
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY users_read ON users FOR SELECT
  USING (
    id = nullif(current_setting('app.user_id', true), '')::uuid
    OR id IN (
      SELECT m.user_id FROM memberships m
      WHERE m.tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid
    )
  );
--> statement-breakpoint
CREATE POLICY users_insert ON users FOR INSERT
  WITH CHECK (id = nullif(current_setting('app.user_id', true), '')::uuid);
--> statement-breakpoint
CREATE POLICY users_update ON users FOR UPDATE
  USING (id = nullif(current_setting('app.user_id', true), '')::uuid)
  WITH CHECK (id = nullif(current_setting('app.user_id', true), '')::uuid);
--> statement-breakpoint
-- Sessions: the one being validated (by id) and the signed-in user's own.
ALTER TABLE sessions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY sessions_own ON sessions
  USING (
    id = nullif(current_setting('app.session_id', true), '')
    OR user_id = nullif(current_setting('app.user_id', true), '')::uuid
  )
  WITH CHECK (user_id = nullif(current_setting('app.user_id', true), '')::uuid);
--> statement-breakpoint
-- Sign-in's only look at users it may not see: the id and password hash for one e-mail.
CREATE FUNCTION auth_credentials(p_email text)
  RETURNS TABLE (id uuid, password_hash text)
  LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = public, pg_temp
AS $$
  SELECT u.id, u.password_hash FROM users u WHERE lower(u.email) = lower(p_email)
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION auth_credentials(text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION auth_credentials(text) TO airisk_app;
--> statement-breakpoint
-- Tables created by 0002 predate nothing here, but grant explicitly in case default privileges
-- were set up by another role than the one that ran 0002.
GRANT SELECT, INSERT, UPDATE, DELETE ON invitations, auth_throttle TO airisk_app;
