import { describe, expect, it } from "vitest";
import {
  carriedAnswers,
  checkAnswer,
  findQuestion,
  inQuestionnaireOrder,
  progress,
  questionsChangedSince,
  sameQuestion,
  unansweredQuestions,
  visibleQuestionIds,
  type AnswerValue,
} from "~/domain/assessment";
import { parseQuestionnaire, type Questionnaire } from "~/domain/questionnaire";
import { smallQuestionnaire } from "../fixtures/questionnaire";

function questionnaire(change: (data: ReturnType<typeof smallQuestionnaire>) => void = () => {}): Questionnaire {
  const q = smallQuestionnaire();
  change(q);
  q.themes.push({
    ...structuredClone(q.themes[0]!),
    id: "transport",
    sectors: ["road_haulier"],
    questions: [{ ...structuredClone(q.themes[0]!.questions[0]!), id: "drivers", showIf: undefined }],
  } as (typeof q.themes)[number]);
  const parsed = parseQuestionnaire(q);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.questionnaire;
}

const answers = (entries: [string, AnswerValue][]) => new Map(entries.map(([id, value]) => [id, { value }]));

describe("what a respondent sees", () => {
  it("shows a conditional question only when its condition holds", () => {
    const q = questionnaire();
    expect(visibleQuestionIds(q, "terminal_operator", answers([])).has("pin_audit")).toBe(false);
    const low = answers([["origin", { kind: "choice", option: "low" }]]);
    expect(visibleQuestionIds(q, "terminal_operator", low).has("pin_audit")).toBe(false);
    const high = answers([["origin", { kind: "choice", option: "high" }]]);
    expect(visibleQuestionIds(q, "terminal_operator", high).has("pin_audit")).toBe(true);
  });

  it("shows a sector's theme only to that sector", () => {
    const q = questionnaire();
    expect(visibleQuestionIds(q, "terminal_operator", answers([])).has("drivers")).toBe(false);
    expect(visibleQuestionIds(q, "road_haulier", answers([])).has("drivers")).toBe(true);
  });

  it("counts progress over visible questions only", () => {
    const q = questionnaire();
    const given = answers([
      ["origin", { kind: "choice", option: "high" }],
      ["pin_by_email", { kind: "dont_know" }],
    ]);
    expect(progress(q, "terminal_operator", given)).toEqual({
      sections: [
        { section: "profile", answered: 1, total: 1 },
        { section: "release", answered: 1, total: 2 },
      ],
      answered: 2,
      total: 3,
    });
    expect(unansweredQuestions(q, "terminal_operator", given).map((u) => [u.section, u.question.id])).toEqual([
      ["release", "pin_audit"],
    ]);
  });
});

describe("checking an answer", () => {
  const q = questionnaire();
  it.each<[string, AnswerValue, string | null]>([
    ["pin_by_email", { kind: "choice", option: "partly" }, null],
    ["pin_by_email", { kind: "choice", option: "sometimes" }, "unknown_option"],
    ["pin_by_email", { kind: "choices", options: ["partly"] }, "wrong_kind"],
    ["pin_by_email", { kind: "number", value: 3 }, "wrong_kind"],
    ["pin_by_email", { kind: "not_applicable", reason: "geen containers" }, "not_applicable_not_offered"],
    ["pin_by_email", { kind: "dont_know" }, "dont_know_not_offered"],
    ["origin", { kind: "choice", option: "high" }, null],
    ["nowhere", { kind: "choice", option: "high" }, "unknown_question"],
  ])("%s = %j gives %s", (questionId, value, problem) => {
    const question = findQuestion(q, questionId);
    // The fixture offers neither "not applicable" nor "don't know" on its questions.
    expect(checkAnswer(question, value, new Map())).toBe(problem);
  });

  it("offers 'not applicable' on a must-have only where the profile answer it names holds", () => {
    const withNa = questionnaire((data) => {
      const [critical, plain] = data.themes[0]!.questions;
      Object.assign(critical!, { notApplicable: true, notApplicableIf: { question: "origin", anyOf: ["low"] } });
      Object.assign(plain!, { notApplicable: true });
    });
    const na = { kind: "not_applicable" as const, ground: "no_such_asset" as const, reason: "geen eigen terrein" };
    const low = answers([["origin", { kind: "choice", option: "low" }]]);
    const high = answers([["origin", { kind: "choice", option: "high" }]]);
    expect(checkAnswer(findQuestion(withNa, "pin_by_email"), na, low)).toBeNull();
    expect(checkAnswer(findQuestion(withNa, "pin_by_email"), na, high)).toBe("not_applicable_not_offered");
    expect(checkAnswer(findQuestion(withNa, "pin_audit"), na, high)).toBeNull();
    // Without a named profile fact a must-have never accepts it.
    const bare = questionnaire((data) => void Object.assign(data.themes[0]!.questions[0]!, { notApplicable: true }));
    expect(checkAnswer(findQuestion(bare, "pin_by_email"), na, low)).toBe("not_applicable_not_offered");
  });

  it("takes 'not applicable' only with a ground from the list and a reason in words", () => {
    const withNa = questionnaire((data) => void Object.assign(data.themes[0]!.questions[1]!, { notApplicable: true }));
    const question = findQuestion(withNa, "pin_audit");
    const check = (value: object) => checkAnswer(question, value as AnswerValue, new Map());
    expect(
      check({ kind: "not_applicable", ground: "done_by_another_party", reason: "de terminal doet dit" }),
    ).toBeNull();
    expect(check({ kind: "not_applicable", reason: "de terminal doet dit" })).toBe("not_applicable_without_ground");
    expect(check({ kind: "not_applicable", ground: "because", reason: "de terminal doet dit" })).toBe(
      "not_applicable_without_ground",
    );
    expect(check({ kind: "not_applicable", ground: "other", reason: "  " })).toBe("not_applicable_without_ground");
  });
});

describe("a re-assessment on a later questionnaire version", () => {
  const v1 = questionnaire();
  const v2 = questionnaire((data) => {
    data.version = 2;
    // Reworded: the answer still holds.
    data.themes[0]!.questions[0]!.text = {
      nl: "Gaan pincodes nog per e-mail?",
      en: "Do PIN codes still go by e-mail?",
    };
    // Other options: asked again.
    data.themes[0]!.questions[1]!.options = [
      { id: "never", label: { nl: "Nooit", en: "Never" }, score: 0 },
      { id: "monthly", label: { nl: "Maandelijks", en: "Monthly" }, score: 1 },
    ];
    // New.
    data.themes[0]!.questions.push({ ...structuredClone(data.themes[0]!.questions[0]!), id: "pin_lifetime" });
  });
  const previous = answers([
    ["origin", { kind: "choice", option: "high" }],
    ["pin_by_email", { kind: "choice", option: "partly" }],
    ["pin_audit", { kind: "choice", option: "fully" }],
    ["dropped_question", { kind: "choice", option: "fully" }],
  ]);

  it("carries over answers to questions that kept their kind and options, and nothing else", () => {
    expect([...carriedAnswers(v1, v2, previous).keys()]).toEqual(["origin", "pin_by_email"]);
    expect([...carriedAnswers(v1, v1, previous).keys()]).toEqual(["origin", "pin_by_email", "pin_audit"]);
  });

  it("names the new and changed questions still waiting for an answer, in order", () => {
    const carried = carriedAnswers(v1, v2, previous);
    const waiting = (given: Map<string, { value: AnswerValue }>) =>
      questionsChangedSince(v1, v2, "terminal_operator", given).map(({ question, change }) => [question.id, change]);
    expect(waiting(carried)).toEqual([
      ["pin_audit", "changed"],
      ["pin_lifetime", "new"],
    ]);
    carried.set("pin_lifetime", { value: { kind: "choice", option: "fully" } });
    expect(waiting(carried)).toEqual([["pin_audit", "changed"]]);
    expect(questionsChangedSince(v1, v1, "terminal_operator", new Map())).toEqual([]);
  });

  it("treats a number question with another range as changed", () => {
    const numeric = (max: number) => ({
      id: "n",
      kind: "number" as const,
      weight: 1,
      text: { nl: "n", en: "n" },
      advice: [],
      number: { min: 0, max },
    });
    expect(sameQuestion(numeric(10), numeric(10))).toBe(true);
    expect(sameQuestion(numeric(10), numeric(20))).toBe(false);
  });
});

describe("questionnaire order", () => {
  it("puts answers in the order the questionnaire asks them, whatever order they were saved in", () => {
    const q = questionnaire();
    const asked = [...q.profile, ...q.themes.flatMap((t) => t.questions)].map((question) => question.id);
    const saved = [...asked].reverse();
    expect(inQuestionnaireOrder(q, ["gone", ...saved])).toEqual([...asked, "gone"]);
  });
});
