import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AnswerValue } from "~/domain/assessment";
import { parseQuestionnaire, type Questionnaire } from "~/domain/questionnaire";
import { firstSteps, rankAdvice, riskLevel, scoreAssessment, type RankedAdvice } from "~/domain/scoring";
import { smallQuestionnaire } from "../fixtures/questionnaire";

function questionnaire(change: (q: ReturnType<typeof smallQuestionnaire>) => void = () => {}): Questionnaire {
  const data = smallQuestionnaire();
  change(data);
  const parsed = parseQuestionnaire(data);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.questionnaire;
}

const choice = (option: string): AnswerValue => ({ kind: "choice", option });
const answers = (entries: Record<string, AnswerValue>) =>
  new Map(Object.entries(entries).map(([id, value]) => [id, { value }]));
const themeOf = (score: ReturnType<typeof scoreAssessment>, id = "release") => {
  const theme = score.themes.find((t) => t.themeId === id);
  if (!theme?.scored) throw new Error("theme not scored");
  return theme;
};

describe("scoreAssessment, computed by hand", () => {
  it("scores a theme: E = base + modifiers, R = weighted mean, risk = 100·E·(1−R)", () => {
    const score = scoreAssessment(
      questionnaire(),
      "terminal_operator",
      answers({
        origin: choice("high"),
        pin_by_email: choice("partly"),
        pin_audit: choice("fully"),
      }),
    );
    const theme = themeOf(score);
    // E = 0.4 + 0.2; R = (2·0.5 + 1·1) / 3; risk = 100 · 0.6 · (1 − 2/3) = 20
    expect(theme.exposure).toBeCloseTo(0.6, 10);
    expect(theme.resilience).toBeCloseTo(2 / 3, 10);
    expect(theme.risk).toBeCloseTo(20, 10);
    expect(theme.level).toBe("medium");
    expect(theme.cappedBy).toEqual([]);
    expect(theme.costliest).toEqual([
      { questionId: "pin_by_email", pointsLost: expect.closeTo(100 / 3, 8), together: [] },
    ]);
    expect(score.overall?.resilience).toBeCloseTo(200 / 3, 10);
    expect(score.overall?.risk).toBeCloseTo(20, 10);
    expect(score.exposureClass).toBe("high");
  });

  it("caps a theme where a must-have control scores 0, and says so", () => {
    const q = questionnaire((data) => {
      data.themes[0]!.questions[1]!.weight = 5;
    });
    const theme = themeOf(
      scoreAssessment(
        q,
        "terminal_operator",
        answers({
          origin: choice("high"),
          pin_by_email: choice("not_in_place"),
          pin_audit: choice("fully"),
        }),
      ),
    );
    // Uncapped R would be 5/7; the cap holds it at 0.5: risk = 100 · 0.6 · 0.5 = 30.
    expect(theme.resilience).toBe(0.5);
    expect(theme.cappedBy).toEqual(["pin_by_email"]);
    expect(theme.risk).toBeCloseTo(30, 10);
    expect(theme.level).toBe("high");
  });

  it("counts what a must-have costs with the cap it lifts, and names the cap only where it bites", () => {
    const q = questionnaire((data) => {
      data.themes[0]!.questions[1]!.weight = 5;
    });
    const capped = themeOf(
      scoreAssessment(
        q,
        "terminal_operator",
        answers({ origin: choice("high"), pin_by_email: choice("not_in_place"), pin_audit: choice("fully") }),
      ),
    );
    // Fixing the must-have lifts R from the cap 0.5 to 1: 50 points, not its weighted share 2/7.
    expect(capped.costliest).toEqual([
      { questionId: "pin_by_email", pointsLost: expect.closeTo(50, 10), together: [] },
    ]);
    // Uncapped R would be 0: the cap changes nothing, so nothing says the theme is capped.
    const below = themeOf(
      scoreAssessment(
        q,
        "terminal_operator",
        answers({ origin: choice("high"), pin_by_email: choice("not_in_place"), pin_audit: choice("not_in_place") }),
      ),
    );
    expect(below.resilience).toBe(0);
    expect(below.cappedBy).toEqual([]);
  });

  it("puts a figure on a threshold in that threshold's level, whatever order the exposure steps are added in", () => {
    // 0.25 + 0.05 + 0.15 in binary floats is 0.44999999999999996: risk 44.99999999999999, "high".
    const q = questionnaire((data) => {
      data.themes[0]!.baseExposure = 0.25;
      data.profile[0]!.options[1]!.exposure = { release: 0.05 };
      data.profile.push({ ...structuredClone(data.profile[0]!), id: "roles" });
      data.profile[1]!.options[1]!.exposure = { release: 0.15 };
    });
    const given = answers({
      origin: choice("high"),
      roles: choice("high"),
      pin_by_email: choice("fully"),
      pin_audit: choice("not_in_place"),
    });
    const weighted = themeOf(scoreAssessment(q, "terminal_operator", given));
    // R = 2/3: risk = 45 · 1/3 = 15.
    expect(weighted.exposure).toBe(0.45);
    expect(weighted.risk).toBe(15);
    const none = answers({
      origin: choice("high"),
      roles: choice("high"),
      pin_by_email: choice("not_in_place"),
      pin_audit: choice("not_in_place"),
    });
    const theme = themeOf(scoreAssessment(q, "terminal_operator", none));
    expect(theme.risk).toBe(45);
    expect(theme.level).toBe("critical");
    const reordered = { ...q, profile: [...q.profile].reverse() };
    expect(scoreAssessment(reordered, "terminal_operator", none)).toEqual(
      scoreAssessment(q, "terminal_operator", none),
    );
  });

  it("leaves out 'not applicable' and hidden questions; scores a theme answered only 'not applicable' as not in place, and one without answers not at all", () => {
    const lowOrigin = scoreAssessment(
      questionnaire(),
      "terminal_operator",
      answers({
        origin: choice("low"),
        pin_by_email: choice("partly"),
        // Hidden: its condition (origin high) does not hold.
        pin_audit: choice("not_in_place"),
      }),
    );
    expect(themeOf(lowOrigin).resilience).toBe(0.5);
    expect(themeOf(lowOrigin).exposure).toBeCloseTo(0.4, 10);

    const none = scoreAssessment(
      questionnaire(),
      "terminal_operator",
      answers({
        origin: choice("low"),
        pin_by_email: { kind: "not_applicable", reason: "no containers" },
      }),
    );
    // The must-have offers no "not applicable": it counts as not in place, and caps nothing away.
    expect(themeOf(none)).toMatchObject({ resilience: 0, risk: 40, weaklyAnswered: false });
    const unanswered = scoreAssessment(questionnaire(), "terminal_operator", answers({ origin: choice("low") }));
    expect(unanswered.themes).toEqual([{ themeId: "release", scored: false, exposure: 0.4 }]);
    expect(unanswered.overall).toBeNull();
  });

  it("holds a theme's exposure at the floor of a chosen option, whatever lowers it", () => {
    const q = questionnaire((data) => {
      data.profile[0]!.options[0]!.exposure = { release: -0.3 };
      Object.assign(data.profile[0]!.options[0]!, { exposureFloor: { release: 0.35 } });
    });
    const score = scoreAssessment(
      q,
      "terminal_operator",
      answers({ origin: choice("low"), pin_by_email: choice("partly") }),
    );
    // Without the floor E = 0.4 − 0.3 = 0.1; the floor keeps it at 0.35.
    expect(themeOf(score).exposure).toBe(0.35);
    const raised = scoreAssessment(
      q,
      "terminal_operator",
      answers({ origin: choice("high"), pin_by_email: choice("partly") }),
    );
    expect(themeOf(raised).exposure).toBe(0.6);
  });

  it("scores a theme only where its profile condition holds", () => {
    const q = questionnaire((data) => {
      Object.assign(data.themes[0]!, { showIf: { question: "origin", anyOf: ["high"] } });
    });
    const shown = scoreAssessment(
      q,
      "terminal_operator",
      answers({ origin: choice("high"), pin_by_email: choice("partly") }),
    );
    expect(shown.themes.map((t) => t.themeId)).toEqual(["release"]);
    const hidden = scoreAssessment(
      q,
      "terminal_operator",
      answers({ origin: choice("low"), pin_by_email: choice("partly") }),
    );
    expect(hidden.themes).toEqual([]);
    expect(hidden.overall).toBeNull();
  });

  it("scores 'don't know' as 0 and lists it as a knowledge gap", () => {
    const score = scoreAssessment(
      questionnaire(),
      "terminal_operator",
      answers({
        origin: choice("high"),
        pin_by_email: choice("fully"),
        pin_audit: { kind: "dont_know" },
      }),
    );
    expect(themeOf(score).resilience).toBeCloseTo(2 / 3, 10);
    expect(score.knowledgeGaps).toEqual([{ themeId: "release", questionId: "pin_audit" }]);
  });

  it("maps risk to levels by the thresholds", () => {
    const thresholds = { medium: 10, high: 25, critical: 45 };
    expect([0, 9.99, 10, 24.9, 25, 45, 100].map((r) => riskLevel(r, thresholds))).toEqual([
      "low",
      "low",
      "medium",
      "medium",
      "high",
      "critical",
      "critical",
    ]);
  });
});

describe("rankAdvice", () => {
  it("ranks by the risk an answer would remove, lifting a cap included, effort breaking ties", () => {
    const q = questionnaire((data) => {
      data.advice.push({ ...data.advice[0]!, id: "a_audit", effort: "low" });
      data.themes[0]!.questions[1]!.advice = ["a_audit"];
    });
    const given = answers({
      origin: choice("high"),
      pin_by_email: choice("not_in_place"),
      pin_audit: choice("partly"),
    });
    // Now R = 0.5/3 (under the cap), risk = 100·0.6·(1 − 1/6) = 50.
    // pin_by_email fully: R = 2.5/3 → risk 10: gain 40. pin_audit fully: R = 1/3 → risk 40: gain 10.
    const ranked = rankAdvice(q, "terminal_operator", given);
    expect(ranked.map((a) => a.adviceId)).toEqual(["a_secure_chain", "a_audit"]);
    expect(ranked[0]).toMatchObject({ themeId: "release", questionId: "pin_by_email", gain: expect.closeTo(40, 10) });
    expect(ranked[1]?.gain).toBeCloseTo(10, 10);
  });
});

describe("firstSteps", () => {
  const q = questionnaire((data) => {
    const extra = [
      { ...data.advice[0]!, id: "cameras", effort: "high" as const },
      { ...data.advice[0]!, id: "pin_rules", effort: "low" as const },
      { ...data.advice[0]!, id: "screening", effort: "medium" as const },
      { ...data.advice[0]!, id: "nothing_left", effort: "low" as const },
    ];
    data.advice.push(...extra);
    data.themes[0]!.questions[1]!.advice = extra.map((a) => a.id);
  });
  const ranked = (gains: Record<string, number>): RankedAdvice[] =>
    Object.entries(gains).map(([adviceId, gain]) => ({
      adviceId,
      gain,
      themeId: "release",
      questionId: "pin_by_email",
      together: [],
    }));
  const given = ranked({ cameras: 12, screening: 9, pin_rules: 5, nothing_left: 0 });
  const ids = (steps: RankedAdvice[]) => steps.map((a) => a.adviceId);

  it("puts the high-effort advice behind lighter ones for a small haulier, and first for a large terminal", () => {
    // Per unit of effort for 10–49 people: cameras 12/4 = 3, screening 9/2 = 4.5, pin rules 5/1 = 5.
    expect(ids(firstSteps(q, given, "10-49", 5))).toEqual(["pin_rules", "screening", "cameras"]);
    // For 250+: cameras 12/1.5 = 8, screening 9/1.25 = 7.2, pin rules 5.
    expect(ids(firstSteps(q, given, "250+", 5))).toEqual(["cameras", "screening", "pin_rules"]);
  });

  it("leaves out advice that removes no risk and takes at most the number asked", () => {
    expect(ids(firstSteps(q, given, "1-9", 2))).toEqual(["pin_rules", "screening"]);
    expect(firstSteps(q, ranked({ nothing_left: 0 }), "1-9", 5)).toEqual([]);
  });
});

describe("'not applicable' that cannot flatter", () => {
  const na: AnswerValue = { kind: "not_applicable", ground: "no_such_asset", reason: "geen eigen terrein" };
  const twoThemes = questionnaire((data) => {
    data.themes.push({
      ...structuredClone(data.themes[0]!),
      id: "quay",
      baseExposure: 0.9,
    } as (typeof data.themes)[number]);
    data.themes[1]!.questions = data.themes[1]!.questions.map((q) => ({
      ...q,
      id: `quay_${q.id}`,
      showIf: undefined,
      notApplicable: true,
      critical: false,
    })) as (typeof data.themes)[number]["questions"];
  });
  const base = { origin: choice("high"), pin_by_email: choice("fully"), pin_audit: choice("partly") };

  it("scores a theme answered wholly 'not applicable' as not in place, so the overall figure does not improve", () => {
    const allNa = scoreAssessment(
      twoThemes,
      "terminal_operator",
      answers({ ...base, quay_pin_by_email: na, quay_pin_audit: na }),
    );
    const honest = scoreAssessment(
      twoThemes,
      "terminal_operator",
      answers({ ...base, quay_pin_by_email: choice("not_in_place"), quay_pin_audit: choice("not_in_place") }),
    );
    expect(allNa.overall).toEqual(honest.overall);
    expect(themeOf(allNa, "quay")).toMatchObject({ risk: 90, weaklyAnswered: true });
    expect(allNa.notApplicable).toEqual([
      { themeId: "quay", questionId: "quay_pin_by_email", ground: "no_such_asset", reason: "geen eigen terrein" },
      { themeId: "quay", questionId: "quay_pin_audit", ground: "no_such_asset", reason: "geen eigen terrein" },
    ]);
  });

  it("never lowers a risk, in the theme or overall, when a 'not applicable' is replaced by 'not in place'", () => {
    const ids = ["pin_by_email", "pin_audit", "quay_pin_by_email", "quay_pin_audit"];
    const answer = fc.constantFrom<AnswerValue>(choice("not_in_place"), choice("partly"), choice("fully"), na);
    fc.assert(
      fc.property(
        fc.array(answer, { minLength: ids.length, maxLength: ids.length }),
        fc.nat({ max: ids.length - 1 }),
        (values, index) => {
          fc.pre(values[index]!.kind === "not_applicable");
          const given = (list: AnswerValue[]) =>
            answers({ origin: choice("high"), ...Object.fromEntries(ids.map((id, i) => [id, list[i]!])) });
          const withNa = scoreAssessment(twoThemes, "terminal_operator", given(values));
          const honest = scoreAssessment(
            twoThemes,
            "terminal_operator",
            given(values.map((v, i) => (i === index ? choice("not_in_place") : v))),
          );
          withNa.themes.forEach((t, k) => {
            const h = honest.themes[k]!;
            if (t.scored && h.scored) expect(t.risk).toBeLessThanOrEqual(h.risk);
          });
          if (withNa.overall && honest.overall) expect(withNa.overall.risk).toBeLessThanOrEqual(honest.overall.risk);
        },
      ),
    );
  });

  it("marks a theme weakly answered when more than half its answered weight is 'not applicable'", () => {
    // pin_by_email weighs 2 of 3.
    const mostly = scoreAssessment(
      twoThemes,
      "terminal_operator",
      answers({ ...base, quay_pin_by_email: na, quay_pin_audit: choice("fully") }),
    );
    expect(themeOf(mostly, "quay").weaklyAnswered).toBe(true);
    const partly = scoreAssessment(
      twoThemes,
      "terminal_operator",
      answers({ ...base, quay_pin_by_email: choice("fully"), quay_pin_audit: na }),
    );
    expect(themeOf(partly, "quay").weaklyAnswered).toBe(false);
    expect(themeOf(partly, "release").weaklyAnswered).toBe(false);
  });
});

describe("advice over must-haves that cap a theme together", () => {
  it("ranks the bundle that lifts the cap by what fixing all of it removes, and names the others", () => {
    const q = questionnaire((data) => {
      data.themes[0]!.questions[1]!.critical = true;
      data.themes[0]!.questions.push({
        ...structuredClone(data.themes[0]!.questions[1]!),
        id: "parking",
        critical: false,
        weight: 4,
        showIf: undefined,
        advice: ["a_parking"],
      });
      data.advice.push({ ...data.advice[0]!, id: "a_parking", effort: "low" });
      data.advice.push({ ...data.advice[0]!, id: "a_audit", effort: "low" });
      data.themes[0]!.questions[1]!.advice = ["a_audit"];
    });
    const given = answers({
      origin: choice("high"),
      pin_by_email: choice("not_in_place"),
      pin_audit: choice("not_in_place"),
      parking: choice("partly"),
    });
    // R = 2/7 uncapped, under the cap: risk = 60·(5/7) = 42.9. Either must-have alone leaves the
    // other at 0, so the cap 0.5 holds R ≤ 0.5; both fixed: R = 5/7 → risk 17.1.
    const ranked = rankAdvice(q, "terminal_operator", given);
    const bundle = ranked.filter((a) => a.together.length > 0);
    expect(bundle.map((a) => a.adviceId).sort()).toEqual(["a_audit", "a_secure_chain"]);
    for (const item of bundle) expect(item.gain).toBeCloseTo(60 * (5 / 7) - 60 * (2 / 7), 8);
    expect(ranked.find((a) => a.adviceId === "a_audit")?.together).toEqual(["pin_by_email"]);
    // Partly secure parking fixed alone: R 2/7 → 4/7 capped at 0.5, a smaller gain, ranked after.
    expect(ranked.at(-1)?.adviceId).toBe("a_parking");
    const theme = themeOf(scoreAssessment(q, "terminal_operator", given));
    expect(theme.costliest[0]).toMatchObject({ together: [expect.any(String)] });
  });
});

describe("scoring properties", () => {
  const options = ["not_in_place", "partly", "fully"];
  const q = questionnaire((data) => {
    for (let i = 0; i < 4; i++) {
      data.themes[0]!.questions.push({
        ...structuredClone(data.themes[0]!.questions[1]!),
        id: `extra_${i}`,
        critical: i === 0,
        weight: 1 + i,
        showIf: undefined,
      } as (typeof data.themes)[number]["questions"][number]);
    }
  });
  const ids = q.themes[0]!.questions.map((x) => x.id);
  const arbitraryAnswers = fc.record({
    origin: fc.constantFrom("low", "high"),
    scores: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: ids.length, maxLength: ids.length }),
  });
  const toAnswers = ({ origin, scores }: { origin: string; scores: number[] }) =>
    answers(
      Object.fromEntries([["origin", choice(origin)], ...ids.map((id, i) => [id, choice(options[scores[i]!]!)])]),
    );

  it("keeps every figure in bounds", () => {
    fc.assert(
      fc.property(arbitraryAnswers, (a) => {
        const score = scoreAssessment(q, "terminal_operator", toAnswers(a));
        for (const t of score.themes) {
          expect(t.exposure).toBeGreaterThanOrEqual(0.05);
          expect(t.exposure).toBeLessThanOrEqual(1);
          if (!t.scored) continue;
          expect(t.resilience).toBeGreaterThanOrEqual(0);
          expect(t.resilience).toBeLessThanOrEqual(1);
          expect(t.risk).toBeGreaterThanOrEqual(0);
          expect(t.risk).toBeLessThanOrEqual(100);
        }
      }),
    );
  });

  it("never raises a risk when an answer's score rises", () => {
    fc.assert(
      fc.property(arbitraryAnswers, fc.nat({ max: 5 }), (a, index) => {
        const i = index % ids.length;
        fc.pre(a.scores[i]! < 2);
        const raised = { ...a, scores: a.scores.map((s, j) => (j === i ? s + 1 : s)) };
        const before = scoreAssessment(q, "terminal_operator", toAnswers(a));
        const after = scoreAssessment(q, "terminal_operator", toAnswers(raised));
        after.themes.forEach((t, k) => {
          const b = before.themes[k]!;
          if (t.scored && b.scored) expect(t.risk).toBeLessThanOrEqual(b.risk + 1e-9);
        });
      }),
    );
  });

  it("never lowers a risk when exposure rises", () => {
    fc.assert(
      fc.property(
        arbitraryAnswers,
        fc.double({ min: 0.05, max: 0.9, noNaN: true }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        (a, base, extra) => {
          const low = questionnaire((d) => void (d.themes[0]!.baseExposure = base));
          const high = questionnaire((d) => void (d.themes[0]!.baseExposure = Math.min(1, base + extra)));
          const given = toAnswers(a);
          const withLow = scoreAssessment(
            { ...low, themes: [{ ...low.themes[0]!, questions: q.themes[0]!.questions }] },
            "terminal_operator",
            given,
          );
          const withHigh = scoreAssessment(
            { ...high, themes: [{ ...high.themes[0]!, questions: q.themes[0]!.questions }] },
            "terminal_operator",
            given,
          );
          const l = withLow.themes[0]!;
          const h = withHigh.themes[0]!;
          if (l.scored && h.scored) expect(h.risk).toBeGreaterThanOrEqual(l.risk - 1e-9);
        },
      ),
    );
  });

  it("caps a theme whenever a must-have control scores 0", () => {
    fc.assert(
      fc.property(arbitraryAnswers, (a) => {
        const theme = scoreAssessment(q, "terminal_operator", toAnswers(a)).themes[0]!;
        const criticalAtZero = q.themes[0]!.questions.some(
          (x, i) => x.critical && a.scores[i] === 0 && (!x.showIf || a.origin === "high"),
        );
        if (theme.scored && criticalAtZero) expect(theme.resilience).toBeLessThanOrEqual(q.criticalCap);
      }),
    );
  });

  it("adds exposure steps exactly, in hundredths, whatever their order", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: -6, max: 10 }),
        fc.integer({ min: -6, max: 10 }),
        (base, first, second) => {
          const stepped = questionnaire((data) => {
            data.themes[0]!.baseExposure = base * 0.05;
            data.profile[0]!.options[1]!.exposure = { release: first * 0.05 };
            data.profile.push({ ...structuredClone(data.profile[0]!), id: "roles" });
            data.profile[1]!.options[1]!.exposure = { release: second * 0.05 };
          });
          const given = answers({ origin: choice("high"), roles: choice("high"), pin_by_email: choice("partly") });
          const expected = Math.min(100, Math.max(5, 5 * (base + first + second))) / 100;
          expect(themeOf(scoreAssessment(stepped, "terminal_operator", given)).exposure).toBe(expected);
          const reordered = { ...stepped, profile: [...stepped.profile].reverse() };
          expect(themeOf(scoreAssessment(reordered, "terminal_operator", given)).exposure).toBe(expected);
        },
      ),
    );
  });

  it("shows every risk to one decimal, with the level of the figure shown", () => {
    fc.assert(
      fc.property(arbitraryAnswers, fc.integer({ min: 1, max: 20 }), (a, base) => {
        const exposed = questionnaire((d) => void (d.themes[0]!.baseExposure = base * 0.05));
        const score = scoreAssessment(
          { ...exposed, themes: [{ ...exposed.themes[0]!, questions: q.themes[0]!.questions }] },
          "terminal_operator",
          toAnswers(a),
        );
        for (const t of [...score.themes.filter((x) => x.scored), ...(score.overall ? [score.overall] : [])]) {
          if (!("risk" in t)) continue;
          expect(Math.round(t.risk * 10)).toBe(t.risk * 10);
          expect(t.level).toBe(riskLevel(t.risk, q.thresholds));
        }
      }),
    );
  });

  it("is deterministic, whatever the order the answers come in", () => {
    fc.assert(
      fc.property(arbitraryAnswers, (a) => {
        const given = toAnswers(a);
        const reversed = new Map([...given.entries()].reverse());
        expect(scoreAssessment(q, "terminal_operator", reversed)).toEqual(
          scoreAssessment(q, "terminal_operator", given),
        );
        expect(rankAdvice(q, "terminal_operator", reversed)).toEqual(rankAdvice(q, "terminal_operator", given));
      }),
    );
  });
});
