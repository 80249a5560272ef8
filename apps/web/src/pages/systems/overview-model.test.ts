import { describe, expect, it } from "vitest";
import type { AllowedEvent, SystemDetail } from "#pages/systems/model.ts";
import {
  groupRefusals,
  isPolicyGround,
  isStateRefusal,
  profileFlagsOn,
  profileText,
  readSuspension,
  reasonRequired,
  refusalText,
  reviewOverdue,
  sortEvents,
  splitState,
  stateTone,
} from "#pages/systems/overview-model.ts";

const event = (e: AllowedEvent["event"], allowed: boolean, reason: string | null = null): AllowedEvent => ({
  event: e,
  allowed,
  guard: allowed ? null : "profileComplete",
  reason,
});

describe("lifecycle actions", () => {
  it("puts the events that may be sent first, each group in the server's order", () => {
    const events = [
      event("SUBMIT_PROFILE", false, "classify the system"),
      event("PROHIBITED_PRACTICE_FOUND", true),
      event("RISKS_IDENTIFIED", false, "x"),
      event("RETIRE", true),
    ];
    const { allowed, refused } = sortEvents(events);
    expect(allowed.map((e) => e.event)).toEqual(["PROHIBITED_PRACTICE_FOUND", "RETIRE"]);
    expect(refused.map((e) => e.event)).toEqual(["SUBMIT_PROFILE", "RISKS_IDENTIFIED"]);
  });

  it("asks for a reason only where the API demands one", () => {
    expect(reasonRequired("PROHIBITED_PRACTICE_FOUND")).toBe(true);
    expect(reasonRequired("APPROVE")).toBe(false);
    expect(reasonRequired("RETIRE")).toBe(false);
  });

  it("shows a refusal's reason as a sentence, and nothing when there is none", () => {
    expect(refusalText(event("APPROVE", false, "attach the required documentation first"))).toBe(
      "Attach the required documentation first",
    );
    expect(refusalText(event("APPROVE", false, "  "))).toBe("");
    expect(refusalText(event("APPROVE", false, null))).toBe("");
  });
});

describe("refusals", () => {
  const stateRefused = (e: AllowedEvent["event"]): AllowedEvent => ({
    event: e,
    allowed: false,
    guard: null,
    reason: `${e} is not possible while the system is draft`,
  });
  const roleRefused = (e: AllowedEvent["event"]): AllowedEvent => ({
    event: e,
    allowed: false,
    guard: null,
    reason: "a member whose role is viewer may not send this event",
  });

  it("tells the state's refusals from a guard's and a role's", () => {
    expect(isStateRefusal(stateRefused("APPROVE"))).toBe(true);
    expect(
      isStateRefusal({ event: "RETIRE", allowed: false, guard: null, reason: "the system is retired" }),
    ).toBe(true);
    expect(isStateRefusal(event("SUBMIT_PROFILE", false, "classify the system"))).toBe(false);
    expect(isStateRefusal(roleRefused("APPROVE"))).toBe(false);
    expect(isStateRefusal(event("RETIRE", true))).toBe(false);
  });

  it("groups the state's refusals once, last; guards each alone; a shared reason once", () => {
    const groups = groupRefusals([
      event("SUBMIT_PROFILE", false, "classify the system and assign it: a risk owner missing"),
      stateRefused("RISKS_IDENTIFIED"),
      event("RETIRE", true),
      stateRefused("RISKS_ASSESSED"),
      roleRefused("AUDIT_PASSED"),
      roleRefused("AUDIT_FAILED"),
    ]);
    expect(groups.map((g) => [g.kind, g.reason, g.events.map((e) => e.event)])).toEqual([
      ["reason", "Classify the system and assign it: a risk owner missing", ["SUBMIT_PROFILE"]],
      ["reason", "A member whose role is viewer may not send this event", ["AUDIT_PASSED", "AUDIT_FAILED"]],
      ["state", "", ["RISKS_IDENTIFIED", "RISKS_ASSESSED"]],
    ]);
  });
});

describe("audit grounds", () => {
  it("labels the grounds the server marks as product policy, and only those", () => {
    expect(
      isPolicyGround("impact on safety is high (product policy, on by default; not required by the law)"),
    ).toBe(true);
    expect(isPolicyGround("the trusted high-risk list is sought (AI Law Arts 19(1), 20)")).toBe(false);
  });
});

describe("readSuspension", () => {
  it("reads the stored record and drops malformed practices", () => {
    const s = readSuspension({
      reason: "screening: manipulation",
      practices: [{ id: "kz.prohibited.manipulation", text: "manipulating behaviour" }, { id: 3 }, null],
      at: "2026-03-01T10:00:00.000Z",
      policy: "product policy built on AI Law Art. 18(2): the product always suspends",
    } as SystemDetail["suspension"]);
    expect(s).toEqual({
      reason: "screening: manipulation",
      practices: [{ id: "kz.prohibited.manipulation", text: "manipulating behaviour" }],
      at: "2026-03-01T10:00:00.000Z",
      resolvedAt: null,
      resolution: null,
    });
  });

  it("is null without a record, and tolerates missing fields", () => {
    expect(readSuspension(null)).toBeNull();
    expect(readSuspension({})).toEqual({
      reason: null,
      practices: [],
      at: null,
      resolvedAt: null,
      resolution: null,
    });
  });
});

describe("profile", () => {
  it("lists the flags that are set, in the catalogue's order, ignoring other values", () => {
    const profile = {
      seeksTrustedList: true,
      producesSyntheticOutputs: true,
      processesPersonalData: false,
      sector: "banking",
      madeUp: true,
    };
    expect(profileFlagsOn(profile)).toEqual(["producesSyntheticOutputs", "seeksTrustedList"]);
    expect(profileText(profile, "sector")).toBe("banking");
    expect(profileText(profile, "euAnnexIIIArea")).toBeNull();
    expect(profileText({ sector: "  " }, "sector")).toBeNull();
  });
});

describe("states", () => {
  it("splits a nested state into its parent and leaf", () => {
    expect(splitState("riskProcess.identification")).toEqual({
      parent: "riskProcess",
      leaf: "identification",
    });
    expect(splitState("draft")).toEqual({ parent: undefined, leaf: "draft" });
  });

  it("gives each state a tone: suspended and overdue alarm, compliant reassures", () => {
    expect(stateTone("draft")).toBe("draft");
    expect(stateTone("riskProcess.audit")).toBe("process");
    expect(stateTone("operating.compliant")).toBe("ok");
    expect(stateTone("operating.reviewDue")).toBe("due");
    expect(stateTone("operating.overdue")).toBe("alert");
    expect(stateTone("suspended")).toBe("alert");
    expect(stateTone("retired")).toBe("closed");
  });

  it("calls a review overdue only once its date has passed", () => {
    expect(reviewOverdue("2026-05-01", "2026-05-01")).toBe(false);
    expect(reviewOverdue("2026-05-01", "2026-05-02")).toBe(true);
    expect(reviewOverdue(null, "2026-05-02")).toBe(false);
  });
});
