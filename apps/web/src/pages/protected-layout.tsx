import { Outlet, useLocation, useNavigate } from "@tanstack/react-router";
import { useEffect, useRef } from "react";
import { useMe } from "#auth/session.ts";
import { SessionProvider } from "#auth/session-context.tsx";
import { NoOrganisationPage } from "#pages/organisations/no-organisation.tsx";

/**
 * Everything behind a session. The route's `beforeLoad` redirects visitors who arrive signed out;
 * this catches a session that ends while the page is open (signed out elsewhere, expired) and a
 * user who has no active organisation (removed from the last one), who is offered to create one.
 */
export function ProtectedLayout() {
  const me = useMe();
  if (me.data === null) return <ToSignIn />;
  if (me.data === undefined) return null;
  if (!me.data.activeOrganisation) return <NoOrganisationPage me={me.data} />;
  return (
    <SessionProvider value={{ me: me.data, organisation: me.data.activeOrganisation }}>
      <Outlet />
    </SessionProvider>
  );
}

/**
 * Sends the visitor to sign in, once, remembering the page they were on. (The router's
 * `<Navigate>` navigates again on every render while the old page is still shown.)
 */
function ToSignIn() {
  const navigate = useNavigate();
  const href = useLocation({ select: (location) => location.href });
  const from = useRef(href);
  const sent = useRef(false);
  useEffect(() => {
    if (sent.current) return;
    sent.current = true;
    void navigate({ to: "/sign-in", search: { redirect: from.current }, replace: true });
  }, [navigate]);
  return null;
}
