import { INVITATION_LIFETIME_MS } from "@airisk/core/members";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memoryCookie } from "#context.ts";
import { createHarness, failure, type Harness } from "#test-support.ts";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h?.close();
});

describe("organisations", () => {
  it("creates more, switches between them, and refuses to switch into a stranger's", async () => {
    const ada = await h.signUp({ organisationName: "First" });
    const created = await h.as(ada.jar).orgs.create({ name: "Second" });
    expect(created.activeOrganisation).toMatchObject({ name: "Second", role: "admin" });
    expect(created.memberships.map((m) => m.organisationName)).toEqual(["First", "Second"]);

    const back = await h.as(ada.jar).orgs.switch({ organisationId: ada.organisationId });
    expect(back.activeOrganisation?.name).toBe("First");
    expect((await h.as(ada.jar).orgs.get()).name).toBe("First");

    const stranger = await h.signUp();
    const error = await failure(h.as(ada.jar).orgs.switch({ organisationId: stranger.organisationId }));
    expect(error.code).toBe("NOT_FOUND");
    expect((await h.as(ada.jar).auth.me())?.activeOrganisation?.name).toBe("First");
  });

  it("keeps the profile an admin sets, and names the field it refuses", async () => {
    const ada = await h.signUp();
    const updated = await h.as(ada.jar).orgs.update({
      name: "Renamed LLP",
      profile: {
        kzOffenderCategory: "medium",
        euSme: true,
        annualTurnover: { amountMinor: "500000000000", currency: "KZT" },
        reportingCurrency: "USD",
        reviewIntervalMonths: 6,
        riskTolerance: 8,
      },
    });
    expect(updated.name).toBe("Renamed LLP");
    expect(updated.profile.annualTurnover).toEqual({ amountMinor: "500000000000", currency: "KZT" });

    const bad = await failure(h.as(ada.jar).orgs.update({ profile: { reviewIntervalMonths: 18 } }));
    expect(bad.code).toBe("BAD_REQUEST");
    expect(bad.message).toMatch(/^profile\.reviewIntervalMonths: must be 1 to 12 months/);
    // The refused update lost nothing that was saved.
    expect((await h.as(ada.jar).orgs.get()).profile.reviewIntervalMonths).toBe(6);

    const cleared = await h.as(ada.jar).orgs.update({ clear: ["euSme"] });
    expect(cleared.profile.euSme).toBeUndefined();
    expect(cleared.profile.riskTolerance).toBe(8);
  });

  it("lets only admins change the profile", async () => {
    const admin = await h.signUp();
    const viewer = await h.addMember(admin, "viewer");
    expect((await h.as(viewer.jar).orgs.get()).id).toBe(admin.organisationId);
    const error = await failure(h.as(viewer.jar).orgs.update({ name: "Mine now" }));
    expect(error.code).toBe("FORBIDDEN");
    expect((await h.as(admin.jar).orgs.get()).name).toBe(admin.organisationName);
  });
});

describe("members and invitations", () => {
  it("invites by link: the invited address accepts, joins with the role, and lands in the organisation", async () => {
    const admin = await h.signUp({ organisationName: "Inviting Co" });
    const { invitation, token } = await h
      .as(admin.jar)
      .members.invite({ email: "New.Person@Example.com", role: "risk_owner" });
    expect(invitation.email).toBe("new.person@example.com");
    const listed = await h.as(admin.jar).members.list();
    expect(listed.invitations.map((i) => [i.email, i.role, i.invitedByName])).toEqual([
      ["new.person@example.com", "risk_owner", admin.name],
    ]);

    const view = await h.as(memoryCookie()).invitations.get({ token });
    expect(view).toMatchObject({ organisationName: "Inviting Co", role: "risk_owner", status: "pending" });

    const person = await h.signUp({ email: "new.person@example.com" });
    const me = await h.as(person.jar).invitations.accept({ token });
    expect(me.activeOrganisation).toMatchObject({ id: admin.organisationId, role: "risk_owner" });
    const after = await h.as(admin.jar).members.list();
    expect(after.members.map((m) => [m.email, m.role]).sort()).toEqual(
      [
        [admin.email, "admin"],
        ["new.person@example.com", "risk_owner"],
      ].sort(),
    );
    expect(after.invitations).toEqual([]);
    expect((await h.as(memoryCookie()).invitations.get({ token })).status).toBe("accepted");
    expect((await failure(h.as(person.jar).invitations.accept({ token }))).code).toBe("CONFLICT");
  });

  it("refuses an invitation accepted by another address, a revoked one and an expired one", async () => {
    const admin = await h.signUp();
    const { token } = await h.as(admin.jar).members.invite({ email: "intended@example.com", role: "viewer" });
    const other = await h.signUp();
    const wrong = await failure(h.as(other.jar).invitations.accept({ token }));
    expect(wrong.code).toBe("FORBIDDEN");
    expect(wrong.message).toContain("intended@example.com");

    const revoked = await h.as(admin.jar).members.invite({ email: other.email, role: "viewer" });
    await h.as(admin.jar).invitations.revoke({ invitationId: revoked.invitation.id });
    expect((await failure(h.as(other.jar).invitations.accept({ token: revoked.token }))).message).toMatch(
      /revoked/,
    );

    const late = await h.as(admin.jar).members.invite({ email: other.email, role: "viewer" });
    const afterExpiry = new Date(Date.now() + INVITATION_LIFETIME_MS + 60_000);
    const expired = await failure(
      h.as(other.jar, { now: afterExpiry }).invitations.accept({ token: late.token }),
    );
    expect([expired.code, expired.message]).toEqual([
      "CONFLICT",
      "this invitation is expired; ask for a new one",
    ]);
    expect((await h.as(admin.jar).members.list()).members).toHaveLength(1);
  });

  it("refuses forged and malformed tokens as not found", async () => {
    const admin = await h.signUp();
    const { token } = await h.as(admin.jar).members.invite({ email: "x@example.com", role: "viewer" });
    const [ids] = token.split(".");
    for (const forged of [`${ids}.${"b".repeat(52)}`, "nonsense", `${ids}`, "a.b.c"]) {
      expect((await failure(h.as(memoryCookie()).invitations.get({ token: forged }))).code).toBe("NOT_FOUND");
    }
  });

  it("changes roles and removes members, but never the last admin", async () => {
    const admin = await h.signUp();
    const bob = await h.addMember(admin, "viewer");
    await h.as(admin.jar).members.setRole({ userId: bob.userId, role: "executive" });
    expect((await h.as(bob.jar).auth.me())?.activeOrganisation?.role).toBe("executive");

    const demote = await failure(h.as(admin.jar).members.setRole({ userId: admin.userId, role: "viewer" }));
    expect(demote.code).toBe("PRECONDITION_FAILED");
    expect(demote.message).toMatch(/^lastAdmin: /);
    const leave = await failure(h.as(admin.jar).members.remove({ userId: admin.userId }));
    expect(leave.code).toBe("PRECONDITION_FAILED");

    await h.as(admin.jar).members.setRole({ userId: bob.userId, role: "admin" });
    await h.as(admin.jar).members.setRole({ userId: admin.userId, role: "viewer" });
    expect((await h.as(admin.jar).auth.me())?.activeOrganisation?.role).toBe("viewer");
  });

  it("lets a member leave, but not remove others unless admin; a removed member loses access at once", async () => {
    const admin = await h.signUp();
    const carol = await h.addMember(admin, "risk_owner");
    const dave = await h.addMember(admin, "auditor");
    const refused = await failure(h.as(carol.jar).members.remove({ userId: dave.userId }));
    expect(refused.code).toBe("FORBIDDEN");

    await h.as(carol.jar).members.remove({ userId: carol.userId });
    expect((await h.as(carol.jar).auth.me())?.activeOrganisation).toBeNull();
    expect((await failure(h.as(carol.jar).members.list())).code).toBe("FORBIDDEN");

    await h.as(admin.jar).members.remove({ userId: dave.userId });
    expect((await failure(h.as(dave.jar).orgs.get())).code).toBe("FORBIDDEN");
    expect((await h.as(admin.jar).members.list()).members.map((m) => m.userId)).toEqual([admin.userId]);
  });

  it("shows pending invitations to admins only", async () => {
    const admin = await h.signUp();
    const viewer = await h.addMember(admin, "viewer");
    await h.as(admin.jar).members.invite({ email: "pending@example.com", role: "auditor" });
    expect((await h.as(admin.jar).members.list()).invitations).toHaveLength(1);
    expect((await h.as(viewer.jar).members.list()).invitations).toEqual([]);
  });
});
