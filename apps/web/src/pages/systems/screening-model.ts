import type { SystemDetail } from "#pages/systems/model.ts";

/** The prohibited-practice screening form: its groups, starting values and input. Pure (screening-model.test.ts). */

export type ScreeningQuestion = SystemDetail["screeningQuestions"][number];
export type ScreeningAnswer = "yes" | "no";
export type ScreeningFormValues = { answers: Record<string, ScreeningAnswer>; otherDescription: string };

/** Questions grouped by jurisdiction in the order the API gives them (Kazakhstan and the EU lead). */
export function groupByJurisdiction(
  questions: readonly ScreeningQuestion[],
): Array<{ jurisdiction: string; questions: ScreeningQuestion[] }> {
  const groups = new Map<string, ScreeningQuestion[]>();
  for (const q of questions) {
    const list = groups.get(q.jurisdiction);
    if (list) list.push(q);
    else groups.set(q.jurisdiction, [q]);
  }
  return [...groups].map(([jurisdiction, list]) => ({ jurisdiction, questions: list }));
}

/**
 * The stored answers to questions still asked. The API does not send the stored description of an
 * "other" practice back on its own; a found "other" practice carries it as its text.
 */
export function toScreeningForm(
  system: Pick<SystemDetail, "screening" | "screeningQuestions">,
): ScreeningFormValues {
  const answers: Record<string, ScreeningAnswer> = {};
  const stored = system.screening?.answers ?? {};
  for (const q of system.screeningQuestions) {
    const answer = stored[q.id];
    if (answer === "yes" || answer === "no") answers[q.id] = answer;
  }
  const others = new Set(system.screeningQuestions.filter((q) => q.other).map((q) => q.id));
  const described = system.screening?.found.find((f) => others.has(f.id));
  return { answers, otherDescription: system.screening?.otherDescription ?? described?.text ?? "" };
}

export type ScreeningSummary = {
  total: number;
  answered: number;
  unanswered: string[];
  yes: ScreeningQuestion[];
  /** An "other practice" question is answered yes, so its description is needed. */
  otherYes: boolean;
};

export function summariseScreening(
  questions: readonly ScreeningQuestion[],
  answers: Record<string, ScreeningAnswer>,
): ScreeningSummary {
  const unanswered = questions.filter((q) => answers[q.id] === undefined).map((q) => q.id);
  const yes = questions.filter((q) => answers[q.id] === "yes");
  return {
    total: questions.length,
    answered: questions.length - unanswered.length,
    unanswered,
    yes,
    otherYes: yes.some((q) => q.other),
  };
}

/**
 * The `systems.screen` input: answers to the questions asked only, the description only when an
 * "other" question is answered yes (a stale one is not sent).
 */
export function toScreenInput(
  questions: readonly ScreeningQuestion[],
  values: ScreeningFormValues,
): { answers: Record<string, ScreeningAnswer>; otherDescription?: string } {
  const answers: Record<string, ScreeningAnswer> = {};
  for (const q of questions) {
    const answer = values.answers[q.id];
    if (answer) answers[q.id] = answer;
  }
  const description = values.otherDescription.trim();
  const otherYes = questions.some((q) => q.other && answers[q.id] === "yes");
  return otherYes && description ? { answers, otherDescription: description } : { answers };
}

/** Whether the form differs from what is stored (so "Save screening" has something to save). */
export function screeningChanged(initial: ScreeningFormValues, current: ScreeningFormValues): boolean {
  const ids = new Set([...Object.keys(initial.answers), ...Object.keys(current.answers)]);
  for (const id of ids) if (initial.answers[id] !== current.answers[id]) return true;
  return initial.otherDescription.trim() !== current.otherDescription.trim();
}
