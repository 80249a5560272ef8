import { createTestDatabase, type TestDatabase } from "@airisk/db/testing";
import type { Role } from "@airisk/domain/permissions";
import { TRPCError } from "@trpc/server";
import { type ApiLogger, createInnerContext, memoryCookie } from "#context.ts";
import { createCaller } from "#root.ts";

/**
 * Test factories for procedure tests: every suite mints its own database and organisations; calls go
 * through the real router with an in-memory cookie jar, as a browser's would.
 */
export type Harness = {
  database: TestDatabase;
  logged: Array<{ details: Record<string, unknown>; message: string }>;
  /** A caller acting through `jar`'s session at `now`. */
  as(
    jar: ReturnType<typeof memoryCookie>,
    opts?: { now?: Date; clientIp?: string },
  ): ReturnType<typeof createCaller>;
  /** Signs a new user up (new organisation, admin) and returns their jar and ids. */
  signUp(
    overrides?: Partial<{ email: string; name: string; organisationName: string; password: string }>,
  ): Promise<Member>;
  /** Adds a new user to `org` with `role` through a real invitation, as its admin would. */
  addMember(admin: Member, role: Role, overrides?: Partial<{ email: string; name: string }>): Promise<Member>;
  close(): Promise<void>;
};

export type Member = {
  jar: ReturnType<typeof memoryCookie>;
  userId: string;
  email: string;
  name: string;
  password: string;
  organisationId: string;
  organisationName: string;
};

let counter = 0;
export const PASSWORD = "a long and uncommon passphrase";

export async function createHarness(): Promise<Harness> {
  const database = await createTestDatabase();
  const logged: Harness["logged"] = [];
  const log: ApiLogger = { error: (details, message) => logged.push({ details, message }) };
  const as: Harness["as"] = (jar, opts) =>
    createCaller(
      createInnerContext({
        database,
        log,
        cookie: jar,
        now: opts?.now,
        clientIp: opts?.clientIp ?? "10.0.0.1",
      }),
    );

  const harness: Harness = {
    database,
    logged,
    as,
    async signUp(overrides) {
      const n = ++counter;
      const input = {
        email: overrides?.email ?? `user${n}-${crypto.randomUUID().slice(0, 8)}@example.com`,
        name: overrides?.name ?? `User ${n}`,
        organisationName: overrides?.organisationName ?? `Organisation ${n}`,
        password: overrides?.password ?? PASSWORD,
      };
      const jar = memoryCookie();
      const me = await as(jar).auth.signUp(input);
      if (!me.activeOrganisation) throw new Error("sign-up made no organisation");
      return {
        jar,
        userId: me.user.id,
        email: me.user.email,
        name: me.user.name,
        password: input.password,
        organisationId: me.activeOrganisation.id,
        organisationName: me.activeOrganisation.name,
      };
    },
    async addMember(admin, role, overrides) {
      const person = await harness.signUp({
        ...overrides,
        organisationName: `Own org of ${overrides?.name ?? "member"}`,
      });
      const { token } = await as(admin.jar).members.invite({ email: person.email, role });
      await as(person.jar).invitations.accept({ token });
      return { ...person, organisationId: admin.organisationId, organisationName: admin.organisationName };
    },
    close: () => database.close(),
  };
  return harness;
}

/** The tRPC error a call failed with (the test fails if it succeeded). */
export async function failure(call: Promise<unknown>): Promise<TRPCError> {
  const outcome = await call.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  if (outcome.ok) throw new Error(`expected a failure, got ${JSON.stringify(outcome.value)}`);
  if (!(outcome.error instanceof TRPCError)) throw outcome.error;
  return outcome.error;
}
