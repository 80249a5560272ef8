import { describe, expect, it } from "vitest";
import {
  groupByJurisdiction,
  type ScreeningQuestion,
  screeningChanged,
  summariseScreening,
  toScreenInput,
  toScreeningForm,
} from "#pages/systems/screening-model.ts";

const q = (id: string, jurisdiction: string, other = false): ScreeningQuestion => ({
  id,
  jurisdiction,
  text: `text of ${id}`,
  citation: "AI Law",
  basis: "inferred",
  inForce: true,
  other,
});

const questions = [
  q("kz.manipulation", "KZ"),
  q("kz.scoring", "KZ"),
  q("kz.prohibited.other", "KZ", true),
  q("eu.manipulation", "EU"),
  q("eu.prohibited.other", "EU", true),
  q("cn.x", "CN"),
];

describe("groupByJurisdiction", () => {
  it("groups questions by jurisdiction in the order they come", () => {
    const groups = groupByJurisdiction(questions);
    expect(groups.map((g) => g.jurisdiction)).toEqual(["KZ", "EU", "CN"]);
    expect(groups[0]?.questions.map((x) => x.id)).toEqual([
      "kz.manipulation",
      "kz.scoring",
      "kz.prohibited.other",
    ]);
  });
});

describe("toScreeningForm", () => {
  it("starts empty when never screened", () => {
    expect(toScreeningForm({ screening: null, screeningQuestions: questions })).toEqual({
      answers: {},
      otherDescription: "",
    });
  });

  it("keeps the stored answers to questions still asked, and the found other practice's description", () => {
    const form = toScreeningForm({
      screeningQuestions: questions,
      screening: {
        complete: false,
        answeredAt: "2026-03-01T00:00:00.000Z",
        answers: { "kz.manipulation": "no", "kz.prohibited.other": "yes", "gone.question": "yes" },
        otherDescription: null,
        found: [{ id: "kz.prohibited.other", text: "selling voices" }],
      },
    });
    expect(form).toEqual({
      answers: { "kz.manipulation": "no", "kz.prohibited.other": "yes" },
      otherDescription: "selling voices",
    });
  });
});

describe("summariseScreening", () => {
  it("counts answers, lists the unanswered and the yeses, and notices an other practice", () => {
    const s = summariseScreening(questions, {
      "kz.manipulation": "yes",
      "eu.prohibited.other": "yes",
      "cn.x": "no",
    });
    expect(s.total).toBe(6);
    expect(s.answered).toBe(3);
    expect(s.unanswered).toEqual(["kz.scoring", "kz.prohibited.other", "eu.manipulation"]);
    expect(s.yes.map((x) => x.id)).toEqual(["kz.manipulation", "eu.prohibited.other"]);
    expect(s.otherYes).toBe(true);
    expect(summariseScreening(questions, { "kz.manipulation": "yes" }).otherYes).toBe(false);
  });
});

describe("toScreenInput", () => {
  it("sends only answers to questions asked", () => {
    expect(
      toScreenInput(questions, { answers: { "kz.scoring": "no", ghost: "yes" }, otherDescription: "" }),
    ).toEqual({
      answers: { "kz.scoring": "no" },
    });
  });

  it("sends the description only with a yes to an other practice, trimmed", () => {
    expect(
      toScreenInput(questions, {
        answers: { "kz.prohibited.other": "yes" },
        otherDescription: "  voice cloning for fraud ",
      }),
    ).toEqual({ answers: { "kz.prohibited.other": "yes" }, otherDescription: "voice cloning for fraud" });
    expect(
      toScreenInput(questions, { answers: { "kz.prohibited.other": "no" }, otherDescription: "stale" }),
    ).toEqual({ answers: { "kz.prohibited.other": "no" } });
  });
});

describe("screeningChanged", () => {
  const initial = { answers: { a: "no" as const }, otherDescription: "x" };
  it("sees a changed or new answer, and a changed description", () => {
    expect(screeningChanged(initial, { answers: { a: "no" }, otherDescription: "x " })).toBe(false);
    expect(screeningChanged(initial, { answers: { a: "yes" }, otherDescription: "x" })).toBe(true);
    expect(screeningChanged(initial, { answers: { a: "no", b: "no" }, otherDescription: "x" })).toBe(true);
    expect(screeningChanged(initial, { answers: { a: "no" }, otherDescription: "y" })).toBe(true);
  });
});
