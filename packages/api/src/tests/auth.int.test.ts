import { SESSION_LIFETIME_MS } from "@airisk/core/auth/sessions";
import { rowsOf } from "@airisk/db/client";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memoryCookie } from "#context.ts";
import { createHarness, failure, type Harness, PASSWORD } from "#test-support.ts";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h?.close();
});

const DAY = 24 * 3600_000;

describe("sign up", () => {
  it("creates the user and an organisation they administer, and signs them in", async () => {
    const ada = await h.signUp({
      email: "Ada.Lovelace@Example.com",
      name: "Ada",
      organisationName: "Analytical",
    });
    expect(ada.email).toBe("ada.lovelace@example.com");
    const me = await h.as(ada.jar).auth.me();
    expect(me?.activeOrganisation).toMatchObject({ name: "Analytical", role: "admin" });
    expect(me?.activeOrganisation?.permissions).toContain("members.manage");
    expect(me?.memberships).toEqual([
      { organisationId: ada.organisationId, organisationName: "Analytical", role: "admin" },
    ]);
  });

  it("stores an argon2id hash, never the password, and only the session secret's hash", async () => {
    const ada = await h.signUp();
    const [user] = rowsOf<{ password_hash: string }>(
      await h.database.db.execute(sql`select password_hash from users where id = ${ada.userId}`),
    );
    expect(user?.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(user?.password_hash).not.toContain(PASSWORD);
    const [id, secret] = (ada.jar.value ?? "").split(".");
    const [session] = rowsOf<{ secret_hash: Uint8Array }>(
      await h.database.db.execute(sql`select secret_hash from sessions where id = ${id}`),
    );
    expect(session).toBeDefined();
    expect(Buffer.from(session?.secret_hash ?? []).toString("utf8")).not.toContain(secret);
    expect(Buffer.from(session?.secret_hash ?? []).length).toBe(32);
  });

  it.each([
    ["short", "password: must be at least 10 characters"],
    ["password123", "password: is one of the most common passwords; choose another"],
    ["QWERTYUIOP", "password: is one of the most common passwords; choose another"],
  ])("refuses the password %j naming the field", async (password, message) => {
    const error = await failure(h.signUp({ password }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toBe(message);
  });

  it("refuses a second account for the same e-mail, whatever its case", async () => {
    await h.signUp({ email: "grace@example.com" });
    const error = await failure(h.signUp({ email: "GRACE@example.com" }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toMatch(/^email: an account with this e-mail already exists/);
  });

  it("names each malformed field", async () => {
    const error = await failure(
      h
        .as(memoryCookie())
        .auth.signUp({ email: "nope", password: PASSWORD, name: "", organisationName: "X" }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toBe("email: must be an e-mail address");
  });
});

describe("sign in", () => {
  it("starts a new session each time and gives one message for every wrong answer", async () => {
    const ada = await h.signUp();
    const jar = memoryCookie();
    await h.as(jar).auth.signIn({ email: ada.email.toUpperCase(), password: PASSWORD });
    expect(jar.value).toBeDefined();
    expect(jar.value).not.toBe(ada.jar.value);
    const wrongPassword = await failure(
      h.as(memoryCookie()).auth.signIn({ email: ada.email, password: "wrong guess 123" }),
    );
    const unknownEmail = await failure(
      h.as(memoryCookie()).auth.signIn({ email: "nobody@example.com", password: PASSWORD }),
    );
    expect([wrongPassword.code, wrongPassword.message]).toEqual([
      "UNAUTHORIZED",
      "Wrong e-mail or password.",
    ]);
    expect([unknownEmail.code, unknownEmail.message]).toEqual(["UNAUTHORIZED", "Wrong e-mail or password."]);
  });

  it("throttles an account after five failures, saying how long to wait, even for the right password", async () => {
    const ada = await h.signUp();
    const t0 = new Date("2027-03-01T09:00:00Z");
    for (let i = 0; i < 5; i++) {
      await failure(
        h
          .as(memoryCookie(), { now: t0, clientIp: `10.1.0.${i}` })
          .auth.signIn({ email: ada.email, password: "not it at all" }),
      );
    }
    const locked = await failure(
      h
        .as(memoryCookie(), { now: new Date(t0.getTime() + 1000), clientIp: "10.9.9.9" })
        .auth.signIn({ email: ada.email, password: PASSWORD }),
    );
    expect(locked.code).toBe("TOO_MANY_REQUESTS");
    expect(locked.message).toBe("too many attempts; try again in 29 s");
    const later = new Date(t0.getTime() + 31_000);
    await expect(
      h.as(memoryCookie(), { now: later }).auth.signIn({ email: ada.email, password: PASSWORD }),
    ).resolves.toBeTruthy();
  });

  it("throttles an address that fails for many accounts", async () => {
    const t0 = new Date("2027-04-01T09:00:00Z");
    const ip = "192.0.2.77";
    for (let i = 0; i < 20; i++) {
      await failure(
        h
          .as(memoryCookie(), { now: t0, clientIp: ip })
          .auth.signIn({ email: `spray${i}@example.com`, password: "guess guess" }),
      );
    }
    const ada = await h.signUp();
    const locked = await failure(
      h.as(memoryCookie(), { now: t0, clientIp: ip }).auth.signIn({ email: ada.email, password: PASSWORD }),
    );
    expect(locked.code).toBe("TOO_MANY_REQUESTS");
    await expect(
      h
        .as(memoryCookie(), { now: t0, clientIp: "192.0.2.78" })
        .auth.signIn({ email: ada.email, password: PASSWORD }),
    ).resolves.toBeTruthy();
  });
});

describe("sessions", () => {
  it("sign out ends this session only; sign out everywhere ends them all", async () => {
    const ada = await h.signUp();
    const laptop = memoryCookie();
    const phone = memoryCookie();
    await h.as(laptop).auth.signIn({ email: ada.email, password: PASSWORD });
    await h.as(phone).auth.signIn({ email: ada.email, password: PASSWORD });
    const laptopToken = laptop.value;
    await h.as(laptop).auth.signOut();
    expect(laptop.value).toBeUndefined();
    expect(await h.as(memoryCookie(laptopToken)).auth.me()).toBeNull();
    expect(await h.as(phone).auth.me()).not.toBeNull();

    await h.as(phone).auth.signOutEverywhere();
    expect(await h.as(ada.jar).auth.me()).toBeNull();
    expect((await failure(h.as(memoryCookie(ada.jar.value)).members.list())).code).toBe("UNAUTHORIZED");
  });

  it("refuses a token whose secret was tampered with", async () => {
    const ada = await h.signUp();
    const [id] = (ada.jar.value ?? "").split(".");
    const forged = memoryCookie(`${id}.${"a".repeat(52)}`);
    expect((await failure(h.as(forged).members.list())).code).toBe("UNAUTHORIZED");
    expect(forged.value).toBeUndefined();
    expect(await h.as(memoryCookie("garbage")).auth.me()).toBeNull();
  });

  it("slides: a session used within its 30 days lives on, an unused one expires", async () => {
    const ada = await h.signUp();
    const start = Date.now();
    const used = memoryCookie(ada.jar.value);
    await h.as(used, { now: new Date(start + 20 * DAY) }).auth.me();
    expect(used.expiresAt?.getTime()).toBe(start + 20 * DAY + SESSION_LIFETIME_MS);
    expect(await h.as(used, { now: new Date(start + 45 * DAY) }).auth.me()).not.toBeNull();

    const idle = await h.signUp();
    expect(await h.as(idle.jar, { now: new Date(start + 31 * DAY) }).auth.me()).toBeNull();
  });
});
