import { createContext, useContext } from "react";
import type { ActiveOrganisation, Me } from "#auth/session.ts";

export type Session = { me: Me; organisation: ActiveOrganisation };

const SessionContext = createContext<Session | null>(null);

export const SessionProvider = SessionContext.Provider;

/** The signed-in user and active organisation; only pages behind the session guard may call it. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession() used outside the signed-in part of the app");
  return session;
}
