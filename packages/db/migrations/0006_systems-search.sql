-- The portfolio's text search. Under row-level security Postgres evaluates operators that are not
-- LEAKPROOF (ILIKE among them) only after the policy, so they can never use an index: a search
-- scanned every row of the tenant. This function finds the matching ids through a trigram index,
-- restricted to the transaction's own tenant (the same setting the policies read), and the list
-- query keeps its exact ILIKE as a recheck. pg_trgm is a trusted extension: a database owner may
-- create it without being a superuser.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE INDEX systems_search_trgm_idx ON systems USING gin (lower(name || ' ' || purpose) gin_trgm_ops);
--> statement-breakpoint
CREATE FUNCTION systems_matching(p_pattern text) RETURNS SETOF uuid
  LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = public, pg_temp
AS $$
  SELECT s.id FROM systems s
  WHERE s.tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid
    AND lower(s.name || ' ' || s.purpose) LIKE p_pattern
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION systems_matching(text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION systems_matching(text) TO airisk_app;
