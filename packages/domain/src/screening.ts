import type { Basis, Jurisdiction } from "@airisk/regulations/schema";
import { z } from "zod";
import { reachingJurisdictions } from "#applicability.ts";

/**
 * Prohibited-practice screening: the questions a system is screened with (at identification and at
 * any time), and what the answers mean. A "yes" is a prohibited practice found: the caller sends
 * PROHIBITED_PRACTICE_FOUND at once. Pure: the catalogue and the date come in as arguments.
 */

export type ScreeningQuestion = {
  /** The catalogue practice id, or `${code}.prohibited.other` for the "other" question of an open list. */
  id: string;
  jurisdiction: string;
  text: string;
  citation: string;
  basis: Basis;
  note?: string;
  /** The practice is prohibited at `asOf`; a practice not yet in force is still asked, flagged. */
  inForce: boolean;
  /** The "other practice prohibited by law" question of a list that is not exhaustive. */
  other: boolean;
};

/** Screened for every system, as product policy: the product models these two lists in depth. */
const ALWAYS_SCREENED = ["KZ", "EU"] as const;

export const otherQuestionId = (code: string): string => `${code.toLowerCase()}.prohibited.other`;

/**
 * The screening questions for a system deployed in `jurisdictions`: Kazakhstan's and the EU's lists
 * always (a note says so where their law does not reach the system), then the lists of every other
 * jurisdiction that reaches it (deployed there, or through a parent). An open list ends with an
 * "other practice prohibited by law" question.
 */
export function screeningQuestions({
  jurisdictions,
  catalogue,
  asOf,
}: {
  jurisdictions: string[];
  catalogue: readonly Jurisdiction[];
  /** YYYY-MM-DD */
  asOf: string;
}): ScreeningQuestion[] {
  const reaching = reachingJurisdictions(jurisdictions, catalogue);
  const reachingCodes = new Set(reaching.map((r) => r.jurisdiction.code));
  const byCode = new Map(catalogue.map((j) => [j.code, j]));
  const always: readonly string[] = ALWAYS_SCREENED;
  const lists: Array<{ jurisdiction: Jurisdiction; reaches: boolean }> = [];
  for (const code of ALWAYS_SCREENED) {
    const jurisdiction = byCode.get(code);
    if (jurisdiction) lists.push({ jurisdiction, reaches: reachingCodes.has(code) });
  }
  for (const { jurisdiction } of reaching) {
    if (!always.includes(jurisdiction.code)) lists.push({ jurisdiction, reaches: true });
  }
  return lists.flatMap(({ jurisdiction, reaches }) => questionsOf(jurisdiction, reaches, asOf));
}

function questionsOf(j: Jurisdiction, reaches: boolean, asOf: string): ScreeningQuestion[] {
  const policy = reaches
    ? undefined
    : `Product policy: every system is screened against Kazakhstan's and the EU's lists, which the product ` +
      `models in depth, although ${j.name} law does not reach this system (it is not deployed there).`;
  const joinNotes = (...notes: Array<string | undefined>): string | undefined => {
    const present = notes.filter((n): n is string => !!n);
    return present.length > 0 ? present.join(" ") : undefined;
  };
  const questions: ScreeningQuestion[] = j.prohibitedPractices.map((p) => {
    const note = joinNotes(policy, p.citation.note);
    return {
      id: p.id,
      jurisdiction: j.code,
      text: p.text,
      citation: p.citation.text,
      basis: p.citation.basis,
      ...(note ? { note } : {}),
      inForce: p.effectiveFrom <= asOf,
      other: false,
    };
  });
  if (!j.prohibitedListOpen) return questions;

  const dates = j.prohibitedPractices.map((p) => p.effectiveFrom).sort();
  const earliest = dates[0];
  questions.push({
    id: otherQuestionId(j.code),
    jurisdiction: j.code,
    text:
      `Another practice prohibited by ${j.name} law that the list above does not name (the list is not ` +
      "exhaustive). If yes, describe it.",
    citation: listCitation(j),
    basis: "inferred",
    note: joinNotes(
      policy,
      "The catalogue's list is not exhaustive (the source introduces it with \u201cincluding\u201d or gives it " +
        "as examples): this question covers what the list does not name, so its citation is our reading.",
    ),
    inForce: earliest === undefined || earliest <= asOf,
    other: true,
  });
  return questions;
}

/** The citation of a list as a whole: its risk category's, else the one text its items share. */
function listCitation(j: Jurisdiction): string {
  const category = j.riskCategories.find((c) => /prohibit/i.test(c.name) && c.citation);
  if (category?.citation) return category.citation;
  const texts = [...new Set(j.prohibitedPractices.map((p) => p.citation.text))];
  if (texts.length === 1 && texts[0]) return texts[0];
  return `${j.name} law (no single article given in the source)`;
}

export const ScreeningAnswers = z.strictObject(
  {
    answers: z.record(
      z.string(),
      z.enum(["yes", "no"], {
        error: (issue) => (issue.input === undefined ? "required" : 'must be "yes" or "no"'),
      }),
      { error: 'must map each screening question id to "yes" or "no"' },
    ),
    otherDescription: z
      .string({ error: "must be text (the other prohibited practice)" })
      .trim()
      .max(2000, { error: "must be at most 2000 characters" })
      .optional(),
  },
  {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? `unknown field ${issue.keys.join(", ")}: screening takes answers and otherDescription`
        : undefined,
  },
);
export type ScreeningAnswers = z.infer<typeof ScreeningAnswers>;

export type ScreeningResult = {
  /** Every question has an answer. */
  complete: boolean;
  /** Ids of the questions without an answer, in question order. */
  unanswered: string[];
  /** The questions answered "yes", in question order (in force or not: see `inForce`). */
  found: ScreeningQuestion[];
  /** A "yes" to an EU question (Art. 5, the "other" one included): the EU tier is prohibited. */
  euProhibitedPractice: boolean;
};

const answerOf = (answers: ScreeningAnswers, id: string): "yes" | "no" | undefined =>
  Object.hasOwn(answers.answers, id) ? answers.answers[id] : undefined;

/** What the answers mean. Answers to ids that are not asked are ignored here (see screeningAnswerErrors). */
export function evaluateScreening(
  questions: ScreeningQuestion[],
  answers: ScreeningAnswers,
): ScreeningResult {
  const unanswered = questions.filter((q) => answerOf(answers, q.id) === undefined).map((q) => q.id);
  const found = questions.filter((q) => answerOf(answers, q.id) === "yes");
  return {
    complete: unanswered.length === 0,
    unanswered,
    found,
    euProhibitedPractice: found.some((q) => q.jurisdiction === "EU"),
  };
}

/** Validation problems of the answers: an answer to a question not asked; "other" yes with no description. */
export function screeningAnswerErrors(
  questions: ScreeningQuestion[],
  answers: ScreeningAnswers,
): Array<{ field: string; reason: string }> {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const errors: Array<{ field: string; reason: string }> = [];
  for (const id of Object.keys(answers.answers)) {
    if (!byId.has(id))
      errors.push({
        field: `answers.${id}`,
        reason: "unknown question: not one of this system's screening questions",
      });
  }
  const otherYes = questions.filter((q) => q.other && answerOf(answers, q.id) === "yes");
  if (otherYes.length > 0 && (answers.otherDescription ?? "").trim() === "") {
    errors.push({
      field: "otherDescription",
      reason: `required: describe the other prohibited practice (answered yes to ${otherYes.map((q) => q.id).join(", ")})`,
    });
  }
  return errors;
}

/** The reason recorded with PROHIBITED_PRACTICE_FOUND for what the screening found. */
export function prohibitedPracticeReason(found: ScreeningQuestion[], otherDescription?: string): string {
  const items = found.map((q) => {
    const described = q.other && otherDescription?.trim() ? `: ${otherDescription.trim()}` : "";
    const pending = q.inForce ? "" : " (not yet in force)";
    return `${q.id} [${q.citation}]${pending}${described}`;
  });
  return `Prohibited-practice screening answered yes: ${items.join("; ")}`;
}
