import { jurisdictions } from "@airisk/regulations/catalogue";
import { Jurisdiction } from "@airisk/regulations/schema";
import { describe, expect, it } from "vitest";
import {
  evaluateScreening,
  prohibitedPracticeReason,
  ScreeningAnswers,
  type ScreeningQuestion,
  screeningAnswerErrors,
  screeningQuestions,
} from "./screening.ts";

const KZ_PRACTICES = [
  "kz.prohibited.manipulation",
  "kz.prohibited.vulnerabilities",
  "kz.prohibited.social-scoring",
  "kz.prohibited.unlawful-personal-data",
  "kz.prohibited.biometric-discrimination",
  "kz.prohibited.emotion-without-consent",
  "kz.prohibited.prohibited-outputs",
];
const EU_ART5_A_TO_H = [
  "eu.ai-act.prohibited.manipulation",
  "eu.ai-act.prohibited.exploiting-vulnerabilities",
  "eu.ai-act.prohibited.social-scoring",
  "eu.ai-act.prohibited.predictive-policing",
  "eu.ai-act.prohibited.facial-scraping",
  "eu.ai-act.prohibited.emotion-recognition-work-education",
  "eu.ai-act.prohibited.biometric-categorisation",
  "eu.ai-act.prohibited.real-time-rbi",
];
const EU_OMNIBUS = ["eu.ai-act.prohibited.ncii-nudifiers", "eu.ai-act.prohibited.csam"];
const POLICY = /^Product policy: every system is screened against Kazakhstan's and the EU's lists/;

const asked = (args: { jurisdictions: string[]; asOf?: string }) =>
  screeningQuestions({
    jurisdictions: args.jurisdictions,
    catalogue: jurisdictions,
    asOf: args.asOf ?? "2026-11-25",
  });
const of = (qs: ScreeningQuestion[], code: string) => qs.filter((q) => q.jurisdiction === code);
const byId = (qs: ScreeningQuestion[], id: string) => qs.find((q) => q.id === id);
const allNo = (qs: ScreeningQuestion[]): ScreeningAnswers => ({
  answers: Object.fromEntries(qs.map((q) => [q.id, "no" as const])),
});

describe("screening questions from the real catalogue", () => {
  it("a Kazakhstan system: all 7 KZ practices and KZ's 'other' (its list is open), in catalogue order", () => {
    const kz = of(asked({ jurisdictions: ["KZ"] }), "KZ");
    expect(kz.map((q) => q.id)).toEqual([...KZ_PRACTICES, "kz.prohibited.other"]);
    expect(kz.filter((q) => q.other).map((q) => q.id)).toEqual(["kz.prohibited.other"]);
    for (const q of kz.filter((q) => !q.other)) {
      expect(q).toMatchObject({ basis: "inferred", inForce: true });
      expect(q.citation).toMatch(/^AI Law/);
      expect(q.note).toMatch(/Article not given in the source/);
      expect(q.note).not.toMatch(POLICY);
    }
    expect(byId(kz, "kz.prohibited.other")).toMatchObject({
      basis: "inferred",
      citation: "AI Law (article not given in the source)",
      inForce: true,
    });
  });

  it("a Kazakhstan system is screened against the EU's Art. 5 list too, as product policy, said in a note", () => {
    const eu = of(asked({ jurisdictions: ["KZ"] }), "EU");
    expect(eu.map((q) => q.id)).toEqual([...EU_ART5_A_TO_H, ...EU_OMNIBUS, "eu.prohibited.other"]);
    for (const q of eu) expect(q.note).toMatch(POLICY);
    expect(byId(eu, "eu.ai-act.prohibited.social-scoring")).toMatchObject({
      citation: "AI Act Art. 5(1)(c)",
      basis: "law",
    });
    expect(byId(eu, "eu.prohibited.other")).toMatchObject({ citation: "AI Act Art. 5", other: true });
  });

  it("a system deployed only in Spain: the EU list reaches it through its parent, Kazakhstan's by policy", () => {
    const qs = asked({ jurisdictions: ["ES"] });
    for (const q of of(qs, "EU")) expect(q.note ?? "").not.toMatch(POLICY);
    for (const q of of(qs, "KZ")) expect(q.note).toMatch(POLICY);
    expect(new Set(qs.map((q) => q.jurisdiction))).toEqual(new Set(["KZ", "EU"]));
  });

  it("adds the lists of every other jurisdiction that reaches the system, parents included, after KZ and EU", () => {
    const qs = asked({ jurisdictions: ["US-TX", "IT"] });
    expect([...new Set(qs.map((q) => q.jurisdiction))]).toEqual(["KZ", "EU", "US-TX", "US", "IT"]);
    expect(of(qs, "US-TX")).toHaveLength(6);
    expect(of(qs, "US").map((q) => q.id)).toEqual(["us.take-it-down.ncii-publication"]);
    expect(of(qs, "IT").map((q) => q.id)).toEqual(["it.law-132.harmful-deepfake-dissemination"]);
    // Closed lists get no "other" question; the EU reaches through IT, so no policy note.
    expect(qs.filter((q) => q.other).map((q) => q.id)).toEqual([
      "kz.prohibited.other",
      "eu.prohibited.other",
    ]);
    for (const q of of(qs, "EU")) expect(q.note ?? "").not.toMatch(POLICY);
  });

  it("a system deployed nowhere known is still screened against KZ and EU, and nothing else", () => {
    const qs = asked({ jurisdictions: [] });
    expect(new Set(qs.map((q) => q.jurisdiction))).toEqual(new Set(["KZ", "EU"]));
    expect(qs).toHaveLength(KZ_PRACTICES.length + 1 + EU_ART5_A_TO_H.length + EU_OMNIBUS.length + 1);
  });

  it("asks each question once, however many deployments lead to the same list", () => {
    const ids = asked({ jurisdictions: ["ES", "IT", "FR", "EU", "KZ"] }).map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("asks practices not yet in force, flagged, and flips them on their date", () => {
    const before = asked({ jurisdictions: ["EU"], asOf: "2026-12-01" });
    const on = asked({ jurisdictions: ["EU"], asOf: "2026-12-02" });
    for (const id of EU_OMNIBUS) {
      expect(byId(before, id)?.inForce, id).toBe(false);
      expect(byId(on, id)?.inForce, id).toBe(true);
    }
    expect(byId(before, "eu.ai-act.prohibited.manipulation")?.inForce).toBe(true);
    const preLaw = asked({ jurisdictions: ["KZ"], asOf: "2026-01-17" });
    expect(of(preLaw, "KZ").map((q) => q.inForce)).toEqual(Array(KZ_PRACTICES.length + 1).fill(false));
    expect(of(asked({ jurisdictions: ["KZ"], asOf: "2026-01-18" }), "KZ").every((q) => q.inForce)).toBe(true);
  });
});

describe("screening questions from a catalogue of our own", () => {
  const base = {
    kind: "country",
    region: "europe",
    status: "in_force",
    binding: true,
    summary: "test",
    sources: [{ title: "test", confidence: "P" }],
    lastChecked: "2026-11-25",
    instruments: [
      { id: "law", name: "law", status: "in_force", binding: true, summary: "x", confidence: "P" },
    ],
  } as const;
  const practice = (id: string, text: string) => ({
    id,
    text,
    citation: { instrument: "law", text: `Art. ${id}`, basis: "law" as const },
    effectiveFrom: "2026-01-01",
    confidence: "P" as const,
  });
  const catalogue = [
    Jurisdiction.parse({
      ...base,
      code: "XA",
      name: "Xland",
      prohibitedPractices: [practice("xa.p.one", "one")],
    }),
    Jurisdiction.parse({
      ...base,
      code: "XB",
      name: "Xbloc",
      prohibitedPractices: [practice("xb.p.one", "one"), practice("xb.p.two", "two")],
      prohibitedListOpen: true,
    }),
    Jurisdiction.parse({ ...base, code: "XC", name: "Xcity", parent: "XB", prohibitedListOpen: true }),
  ];

  it("screens only the jurisdictions that reach the system when neither KZ nor EU is in the catalogue", () => {
    expect(
      screeningQuestions({ jurisdictions: ["XA"], catalogue, asOf: "2026-06-01" }).map((q) => q.id),
    ).toEqual(["xa.p.one"]);
  });

  it("an open list gets an 'other' question whose citation is the list's shared reading", () => {
    const qs = screeningQuestions({ jurisdictions: ["XC"], catalogue, asOf: "2026-06-01" });
    expect(qs.map((q) => q.id)).toEqual([
      "xc.prohibited.other",
      "xb.p.one",
      "xb.p.two",
      "xb.prohibited.other",
    ]);
    expect(byId(qs, "xc.prohibited.other")).toMatchObject({ other: true, inForce: true, basis: "inferred" });
    expect(byId(qs, "xb.prohibited.other")?.citation).toBe(
      "Xbloc law (no single article given in the source)",
    );
    expect(byId(qs, "xb.prohibited.other")?.inForce).toBe(true);
    expect(
      byId(
        screeningQuestions({ jurisdictions: ["XB"], catalogue, asOf: "2025-12-31" }),
        "xb.prohibited.other",
      )?.inForce,
    ).toBe(false);
  });
});

describe("evaluating the answers", () => {
  const questions = asked({ jurisdictions: ["KZ"] });

  it("all 'no': complete, nothing found", () => {
    expect(evaluateScreening(questions, allNo(questions))).toEqual({
      complete: true,
      unanswered: [],
      found: [],
      euProhibitedPractice: false,
    });
  });

  it("a 'yes' to a Kazakhstan practice is found, without making the EU tier prohibited", () => {
    const answers = allNo(questions);
    answers.answers["kz.prohibited.social-scoring"] = "yes";
    const r = evaluateScreening(questions, answers);
    expect(r.found.map((q) => q.id)).toEqual(["kz.prohibited.social-scoring"]);
    expect(r.euProhibitedPractice).toBe(false);
    expect(r.complete).toBe(true);
  });

  it("a 'yes' to an EU Art. 5 practice (or the EU 'other') is found and marks the EU tier prohibited", () => {
    for (const id of ["eu.ai-act.prohibited.real-time-rbi", "eu.prohibited.other"]) {
      const answers = allNo(questions);
      answers.answers[id] = "yes";
      const r = evaluateScreening(questions, answers);
      expect(r.found.map((q) => q.id)).toEqual([id]);
      expect(r.euProhibitedPractice).toBe(true);
    }
  });

  it("a practice not yet in force answered 'yes' is found, flagged as not in force", () => {
    const answers = allNo(questions);
    answers.answers["eu.ai-act.prohibited.csam"] = "yes";
    const [found] = evaluateScreening(questions, answers).found;
    expect(found).toMatchObject({ id: "eu.ai-act.prohibited.csam", inForce: false });
  });

  it("lists the unanswered questions in question order", () => {
    const answers = allNo(questions);
    delete answers.answers["kz.prohibited.vulnerabilities"];
    delete answers.answers["eu.prohibited.other"];
    answers.answers["kz.prohibited.manipulation"] = "yes";
    const r = evaluateScreening(questions, answers);
    expect(r.complete).toBe(false);
    expect(r.unanswered).toEqual(["kz.prohibited.vulnerabilities", "eu.prohibited.other"]);
    expect(r.found.map((q) => q.id)).toEqual(["kz.prohibited.manipulation"]);
    expect(evaluateScreening(questions, { answers: {} }).unanswered).toEqual(questions.map((q) => q.id));
  });

  it("does not count inherited object properties as answers", () => {
    const r = evaluateScreening([{ ...questions[0], id: "constructor" } as ScreeningQuestion], {
      answers: {},
    });
    expect(r.unanswered).toEqual(["constructor"]);
  });
});

describe("answer validation", () => {
  const questions = asked({ jurisdictions: ["KZ"] });

  it("rejects an answer to a question that is not asked, naming it", () => {
    const answers = allNo(questions);
    answers.answers["us-tx.traiga.prohibited.discrimination"] = "no";
    expect(screeningAnswerErrors(questions, answers)).toEqual([
      {
        field: "answers.us-tx.traiga.prohibited.discrimination",
        reason: expect.stringMatching(/unknown question/),
      },
    ]);
    expect(evaluateScreening(questions, answers).found).toEqual([]);
  });

  it("requires a description when an 'other' question is answered yes", () => {
    const answers = allNo(questions);
    answers.answers["kz.prohibited.other"] = "yes";
    expect(screeningAnswerErrors(questions, answers)).toEqual([
      { field: "otherDescription", reason: expect.stringContaining("kz.prohibited.other") },
    ]);
    expect(screeningAnswerErrors(questions, { ...answers, otherDescription: "  " })).toHaveLength(1);
    expect(screeningAnswerErrors(questions, { ...answers, otherDescription: "covert profiling" })).toEqual(
      [],
    );
  });

  it("the answers schema accepts only yes/no, trims the description and refuses unknown fields", () => {
    const r = ScreeningAnswers.safeParse({ answers: { "kz.prohibited.manipulation": "maybe" }, note: "x" });
    const byPath = Object.fromEntries(r.error?.issues.map((i) => [i.path.join("."), i.message]) ?? []);
    expect(byPath["answers.kz.prohibited.manipulation"]).toBe('must be "yes" or "no"');
    expect(byPath[""]).toMatch(/unknown field note/);
    expect(ScreeningAnswers.parse({ answers: {}, otherDescription: "  x  " }).otherDescription).toBe("x");
    expect(ScreeningAnswers.safeParse({ answers: {}, otherDescription: "x".repeat(2001) }).success).toBe(
      false,
    );
  });

  it("finds nothing wrong with complete, known answers", () => {
    expect(screeningAnswerErrors(questions, allNo(questions))).toEqual([]);
  });

  it("the reason sent with PROHIBITED_PRACTICE_FOUND names each practice, its citation and the description", () => {
    const answers = allNo(questions);
    answers.answers["eu.ai-act.prohibited.csam"] = "yes";
    answers.answers["kz.prohibited.other"] = "yes";
    const { found } = evaluateScreening(questions, answers);
    const reason = prohibitedPracticeReason(found, "covert profiling");
    expect(reason).toContain(
      "kz.prohibited.other [AI Law (article not given in the source)]: covert profiling",
    );
    expect(reason).toContain("eu.ai-act.prohibited.csam [AI Act Art. 5(1)(ba)/(bb)");
    expect(reason).toContain("(not yet in force)");
  });
});
