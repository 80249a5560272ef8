import { describe, expect, it } from "vitest";
import type { SystemObligation } from "#pages/systems/model.ts";
import {
  answeredPercent,
  EVIDENCE_ACCEPT,
  type EvidenceItem,
  evidenceDownloadUrl,
  evidenceFormData,
  evidenceSince,
  evidenceTypeKey,
  fileProblem,
  formatBytes,
  groupByJurisdiction,
  isHttpUrl,
  isRetired,
  isSuspended,
  linkNameFrom,
  MAX_EVIDENCE_BYTES,
  matchesFilter,
  splitNotApplicable,
  statusFormChanged,
  statusProblem,
  toStatusForm,
  type Verdict,
} from "#pages/systems/obligation-model.ts";

function verdict(overrides: Partial<Verdict> = {}): Verdict {
  return {
    obligationId: "kz.risk.process",
    jurisdiction: "KZ",
    title: "Risk management",
    summary: "Continuous risk management.",
    appliesWhen: "always",
    citation: { instrument: "kz.ai-law", text: "AI Law Art. 18(1)", basis: "law" },
    basis: "law",
    effectiveFrom: "2026-01-18",
    status: "applies",
    reasons: ["the organisation is the owner"],
    ...overrides,
  };
}

function evidence(overrides: Partial<EvidenceItem> = {}): EvidenceItem {
  return {
    id: "e1",
    obligationId: null,
    kind: "file",
    name: "policy.pdf",
    mediaType: "application/pdf",
    sizeBytes: 2048,
    sha256: "ab",
    url: null,
    createdBy: null,
    createdAt: new Date("2026-02-01T10:00:00Z"),
    ...overrides,
  };
}

function obligation(overrides: Partial<SystemObligation> = {}): SystemObligation {
  return { ...verdict(), answer: null, evidence: [], ...overrides };
}

describe("grouping", () => {
  it("puts the system's own jurisdictions first, in its order, then the rest by code", () => {
    const items = [
      verdict({ obligationId: "eu.a", jurisdiction: "EU" }),
      verdict({ obligationId: "kz.a" }),
      verdict({ obligationId: "coe.a", jurisdiction: "COE" }),
      verdict({ obligationId: "kz.b" }),
    ];
    const groups = groupByJurisdiction(items, ["KZ", "DE"]);
    expect(groups.map((g) => g.jurisdiction)).toEqual(["KZ", "COE", "EU"]);
    expect(groups[0]?.items.map((v) => v.obligationId)).toEqual(["kz.a", "kz.b"]);
  });

  it("splits what is not yet in force from what does not apply, soonest first", () => {
    const { upcoming, notApplicable } = splitNotApplicable([
      verdict({ obligationId: "a", status: "not_applicable" }),
      verdict({ obligationId: "b", status: "not_yet_in_force", effectiveFrom: "2027-08-02" }),
      verdict({ obligationId: "c", status: "not_yet_in_force", effectiveFrom: "2026-08-02" }),
    ]);
    expect(upcoming.map((v) => v.obligationId)).toEqual(["c", "b"]);
    expect(notApplicable.map((v) => v.obligationId)).toEqual(["a"]);
  });

  it("filters by status, unanswered as open", () => {
    const met = obligation({ answer: { status: "met", note: null, updatedAt: new Date(), updatedBy: null } });
    expect(matchesFilter(met, "all")).toBe(true);
    expect(matchesFilter(met, "met")).toBe(true);
    expect(matchesFilter(met, "open")).toBe(false);
    expect(matchesFilter(obligation(), "open")).toBe(true);
    expect(matchesFilter(obligation(), "gap")).toBe(false);
  });

  it("counts the share answered", () => {
    expect(answeredPercent({ met: 1, gap: 1, notApplicable: 1, open: 1 })).toBe(75);
    expect(answeredPercent({ met: 2, gap: 0, notApplicable: 0, open: 1 })).toBe(66);
    expect(answeredPercent({ met: 0, gap: 0, notApplicable: 0, open: 0 })).toBe(100);
  });
});

describe("the status form", () => {
  it("starts from the answer, or empty", () => {
    expect(toStatusForm(obligation())).toEqual({ status: "", note: "" });
    const answered = obligation({
      answer: { status: "not_applicable", note: "No users in KZ", updatedAt: new Date(), updatedBy: null },
    });
    expect(toStatusForm(answered)).toEqual({ status: "not_applicable", note: "No users in KZ" });
  });

  it("wants a status, and a reason for not applicable", () => {
    expect(statusProblem({ status: "", note: "" })).toBe("statusRequired");
    expect(statusProblem({ status: "not_applicable", note: "  " })).toBe("reasonRequired");
    expect(statusProblem({ status: "not_applicable", note: "No users" })).toBeUndefined();
    expect(statusProblem({ status: "gap", note: "" })).toBeUndefined();
  });

  it("sees a change of status or note, not of surrounding spaces", () => {
    const answered = obligation({
      answer: { status: "met", note: "done", updatedAt: new Date(), updatedBy: null },
    });
    expect(statusFormChanged(answered, { status: "met", note: " done " })).toBe(false);
    expect(statusFormChanged(answered, { status: "gap", note: "done" })).toBe(true);
    expect(statusFormChanged(answered, { status: "met", note: "done, see policy" })).toBe(true);
  });
});

describe("evidence files", () => {
  it("checks size before the upload", () => {
    expect(fileProblem({ size: 0 })).toBe("empty");
    expect(fileProblem({ size: MAX_EVIDENCE_BYTES })).toBeUndefined();
    expect(fileProblem({ size: MAX_EVIDENCE_BYTES + 1 })).toBe("tooLarge");
  });

  it("formats sizes in binary units", () => {
    expect(formatBytes(512, "en")).toBe("512 byte");
    expect(formatBytes(14_540, "en")).toBe("14.2 kB");
    expect(formatBytes(11_000_000, "en")).toBe("10.5 MB");
    expect(formatBytes(3_670_016, "en")).toBe("3.5 MB");
    expect(formatBytes(MAX_EVIDENCE_BYTES, "en")).toBe("10 MB");
  });

  it("names the accepted types and offers them to the picker", () => {
    expect(evidenceTypeKey("application/pdf")).toBe("pdf");
    expect(evidenceTypeKey("text/plain")).toBe("text");
    expect(evidenceTypeKey("application/x-msdownload")).toBeUndefined();
    expect(evidenceTypeKey(null)).toBeUndefined();
    expect(EVIDENCE_ACCEPT.split(",")).toEqual(
      expect.arrayContaining([".pdf", ".docx", ".md", "image/webp"]),
    );
  });

  it("builds the multipart body the API reads", () => {
    const file = new Blob(["hello"], { type: "text/plain" });
    const data = evidenceFormData({
      systemId: "s1",
      obligationId: "kz.risk.process",
      name: " notes.txt ",
      file,
    });
    expect(data.get("systemId")).toBe("s1");
    expect(data.get("obligationId")).toBe("kz.risk.process");
    expect(data.get("name")).toBe("notes.txt");
    expect(data.get("file")).toBeInstanceOf(Blob);
    const systemLevel = evidenceFormData({ systemId: "s1", obligationId: null, name: "", file });
    expect(systemLevel.has("obligationId")).toBe(false);
    expect(systemLevel.has("name")).toBe(false);
  });

  it("links to the host's download route", () => {
    expect(evidenceDownloadUrl("s 1", "e/1")).toBe("/evidence/s%201/e%2F1");
  });
});

describe("evidence links", () => {
  it("accepts http and https addresses only", () => {
    expect(isHttpUrl("https://example.com/policy")).toBe(true);
    expect(isHttpUrl(" http://intranet.local ")).toBe(true);
    expect(isHttpUrl("ftp://example.com")).toBe(false);
    expect(isHttpUrl("javascript:alert(1)")).toBe(false);
    expect(isHttpUrl("example.com")).toBe(false);
  });

  it("names a link after its host and path when no name is given", () => {
    expect(linkNameFrom("https://wiki.example.com/ai/risk-policy/")).toBe("wiki.example.com/ai/risk-policy");
    expect(linkNameFrom("https://example.com/")).toBe("example.com");
  });
});

describe("suspension", () => {
  it("reads the state key", () => {
    expect(isSuspended("suspended")).toBe(true);
    expect(isSuspended("operating.compliant")).toBe(false);
    expect(isRetired("retired")).toBe(true);
    expect(isRetired("draft")).toBe(false);
  });

  it("finds the evidence attached after the suspension, anywhere on the system", () => {
    const since = new Date("2026-02-01T12:00:00Z");
    const data = {
      systemEvidence: [
        evidence({ id: "old", createdAt: new Date("2026-02-01T11:00:00Z") }),
        evidence({ id: "sys", createdAt: new Date("2026-02-03T09:00:00Z") }),
      ],
      applicable: [
        obligation({
          evidence: [
            evidence({
              id: "obl",
              obligationId: "kz.risk.process",
              createdAt: new Date("2026-02-02T09:00:00Z"),
            }),
          ],
        }),
      ],
    };
    expect(evidenceSince(data, since).map((e) => e.id)).toEqual(["obl", "sys"]);
  });
});
