import {
  chosenOptions,
  offersNotApplicable,
  themesFor,
  visibleQuestionIds,
  type AnswerValue,
  type Answers,
  type NotApplicableGround,
} from "./assessment";
import type { Sector, SizeBand } from "./organisation";
import type { ControlQuestion, Questionnaire, Reader, Theme } from "./questionnaire";

// DESIGN.md, "Scoring": per theme risk = 100·E·(1−R), R capped when a must-have scores 0.

export const RISK_LEVELS = ["low", "medium", "high", "critical"] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];
export const EXPOSURE_CLASSES = ["basic", "elevated", "high", "very_high"] as const;
export type ExposureClass = (typeof EXPOSURE_CLASSES)[number];

export const MIN_EXPOSURE = 0.05;

export interface CostlyAnswer {
  questionId: string;
  // For must-haves that cap a theme together, the points of fixing them all.
  pointsLost: number;
  together: string[];
}

export type ThemeScore =
  | {
      themeId: string;
      scored: true;
      exposure: number;
      resilience: number;
      risk: number;
      level: RiskLevel;
      cappedBy: string[];
      costliest: CostlyAnswer[];
      // Left out of benchmarks.
      weaklyAnswered: boolean;
    }
  | { themeId: string; scored: false; exposure: number };

export interface AssessmentScore {
  themes: ThemeScore[];
  overall: { resilience: number; risk: number; level: RiskLevel } | null;
  exposureClass: ExposureClass;
  highestRisks: string[];
  knowledgeGaps: { themeId: string; questionId: string }[];
  notApplicable: { themeId: string; questionId: string; ground: NotApplicableGround; reason: string }[];
}

// Takes float noise off, so a decimal half or tie stays one for rounding and ranking.
const settle = (value: number) => Math.round(value * 1e9) / 1e9;

// One decimal, so the level shown is the level of the figure shown.
export const roundRisk = (risk: number) => Math.round(settle(risk * 10)) / 10;

export function riskLevel(risk: number, thresholds: Questionnaire["thresholds"]): RiskLevel {
  if (risk >= thresholds.critical) return "critical";
  if (risk >= thresholds.high) return "high";
  if (risk >= thresholds.medium) return "medium";
  return "low";
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

export function answerScore(question: ControlQuestion, value: AnswerValue): number | null {
  switch (value.kind) {
    case "not_applicable":
      return null;
    case "dont_know":
      return 0;
    case "number": {
      const band = question.scoreBands?.find((b) => value.value <= b.upTo);
      return band?.score ?? 0;
    }
    default: {
      const scores = chosenOptions(value).map((id) => question.options?.find((o) => o.id === id)?.score ?? 0);
      return question.kind === "multiple"
        ? Math.min(
            1,
            scores.reduce((a, b) => a + b, 0),
          )
        : (scores[0] ?? 0);
    }
  }
}

const hundredths = (value: number) => Math.round(value * 100);

// In whole hundredths, so steps of 0.05 add up exactly, in any order.
export function themeExposures(questionnaire: Questionnaire, answers: Answers): Map<string, number> {
  const exposure = new Map(questionnaire.themes.map((t) => [t.id, hundredths(t.baseExposure)]));
  // An option's floor holds whatever other options lower the exposure.
  const floor = new Map<string, number>();
  for (const question of questionnaire.profile) {
    for (const optionId of chosenOptions(answers.get(question.id)?.value)) {
      const option = question.options.find((o) => o.id === optionId);
      for (const [themeId, modifier] of Object.entries(option?.exposure ?? {})) {
        exposure.set(themeId, (exposure.get(themeId) ?? 0) + hundredths(modifier));
      }
      for (const [themeId, least] of Object.entries(option?.exposureFloor ?? {})) {
        floor.set(themeId, Math.max(floor.get(themeId) ?? 0, hundredths(least)));
      }
    }
  }
  return new Map(
    [...exposure].map(([themeId, value]) => [
      themeId,
      clamp(Math.max(value, floor.get(themeId) ?? 0), hundredths(MIN_EXPOSURE), 100) / 100,
    ]),
  );
}

interface ScoredQuestion {
  id: string;
  weight: number;
  score: number;
  critical: boolean;
}

export function themeResilience(questions: ScoredQuestion[], criticalCap: number) {
  const totalWeight = questions.reduce((n, q) => n + q.weight, 0);
  const raw = questions.reduce((n, q) => n + q.weight * q.score, 0) / totalWeight;
  const atZero = questions.filter((q) => q.critical && q.score === 0).map((q) => q.id);
  const bites = atZero.length > 0 && raw > criticalCap;
  return { resilience: bites ? criticalCap : raw, cappedBy: bites ? atZero : [], atZero, totalWeight };
}

export const themeRisk = (exposure: number, resilience: number) => 100 * exposure * (1 - resilience);

// Must-haves at 0 lift the cap only together, so each is worth fixing all of them.
function fixes(questions: ScoredQuestion[], exposure: number, criticalCap: number) {
  const { resilience: now, atZero } = themeResilience(questions, criticalCap);
  const fixed = (ids: string[]) =>
    themeResilience(
      questions.map((q) => (ids.includes(q.id) ? { ...q, score: 1 } : q)),
      criticalCap,
    ).resilience;
  const bundle = atZero.length > 1 ? fixed(atZero) : null;
  return questions
    .filter((q) => q.score < 1)
    .map((q) => {
      const alone = fixed([q.id]);
      const together =
        bundle !== null && atZero.includes(q.id) && bundle > alone ? atZero.filter((id) => id !== q.id) : [];
      const resilience = together.length > 0 ? bundle! : alone;
      return {
        questionId: q.id,
        resilienceGain: resilience - now,
        riskGain: settle(themeRisk(exposure, now) - themeRisk(exposure, resilience)),
        together,
      };
    });
}

// A theme answered wholly "not applicable" scores as if nothing were in place, so leaving every
// question out never flatters an organisation.
function scoredQuestions(theme: Theme, answers: Answers, visible: Set<string>) {
  const answered = theme.questions.flatMap((q) => {
    const value = answers.get(q.id)?.value;
    if (!visible.has(q.id) || !value) return [];
    // "Not applicable" where it is not offered (a must-have without its profile fact) counts as not in place.
    const score = value.kind === "not_applicable" && !offersNotApplicable(q, answers) ? 0 : answerScore(q, value);
    return [{ id: q.id, weight: q.weight, score, critical: Boolean(q.critical) }];
  });
  const applicable = answered.flatMap((q) => (q.score === null ? [] : [{ ...q, score: q.score }]));
  const weightOf = (qs: { weight: number }[]) => qs.reduce((n, q) => n + q.weight, 0);
  const weaklyAnswered = answered.length > 0 && 2 * (weightOf(answered) - weightOf(applicable)) > weightOf(answered);
  const questions: ScoredQuestion[] = applicable.length > 0 ? applicable : answered.map((q) => ({ ...q, score: 0 }));
  return { questions, weaklyAnswered };
}

export function scoreAssessment(questionnaire: Questionnaire, sector: Sector, answers: Answers): AssessmentScore {
  const visible = visibleQuestionIds(questionnaire, sector, answers);
  const exposures = themeExposures(questionnaire, answers);
  const themes = themesFor(questionnaire, sector, answers);
  const scores: ThemeScore[] = themes.map((theme) => {
    const exposure = exposures.get(theme.id) ?? MIN_EXPOSURE;
    const { questions, weaklyAnswered } = scoredQuestions(theme, answers, visible);
    if (questions.length === 0) return { themeId: theme.id, scored: false, exposure };
    const { resilience, cappedBy } = themeResilience(questions, questionnaire.criticalCap);
    const risk = roundRisk(themeRisk(exposure, resilience));
    const costliest = fixes(questions, exposure, questionnaire.criticalCap)
      .map((f) => ({ questionId: f.questionId, pointsLost: settle(100 * f.resilienceGain), together: f.together }))
      .filter((c) => c.pointsLost > 1e-9)
      .sort((a, b) => b.pointsLost - a.pointsLost || a.questionId.localeCompare(b.questionId));
    return {
      themeId: theme.id,
      scored: true,
      exposure,
      resilience,
      risk,
      level: riskLevel(risk, questionnaire.thresholds),
      cappedBy,
      costliest,
      weaklyAnswered,
    };
  });

  const scored = scores.filter((s): s is Extract<ThemeScore, { scored: true }> => s.scored);
  const weightOf = (themeId: string) => themes.find((t) => t.id === themeId)?.weight ?? 1;
  const totalWeight = scored.reduce((n, s) => n + weightOf(s.themeId), 0);
  const overall =
    scored.length === 0
      ? null
      : (() => {
          const resilience = (100 * scored.reduce((n, s) => n + weightOf(s.themeId) * s.resilience, 0)) / totalWeight;
          const risk = roundRisk(scored.reduce((n, s) => n + weightOf(s.themeId) * s.risk, 0) / totalWeight);
          return { resilience, risk, level: riskLevel(risk, questionnaire.thresholds) };
        })();

  // Compared in whole hundredths, so a mean exactly on a class boundary gets the higher class.
  const exposureSum = themes.reduce((n, t) => n + hundredths(exposures.get(t.id) ?? MIN_EXPOSURE), 0);
  const reaches = (boundary: number) => exposureSum >= hundredths(boundary) * Math.max(1, themes.length);
  const { elevated, high, veryHigh } = questionnaire.exposureClasses;
  const exposureClass: ExposureClass = reaches(veryHigh)
    ? "very_high"
    : reaches(high)
      ? "high"
      : reaches(elevated)
        ? "elevated"
        : "basic";

  return {
    themes: scores,
    overall,
    exposureClass,
    highestRisks: [...scored]
      .sort((a, b) => b.risk - a.risk || a.themeId.localeCompare(b.themeId))
      .map((s) => s.themeId),
    knowledgeGaps: themes.flatMap((t) =>
      t.questions
        .filter((q) => visible.has(q.id) && answers.get(q.id)?.value.kind === "dont_know")
        .map((q) => ({ themeId: t.id, questionId: q.id })),
    ),
    notApplicable: themes.flatMap((t) =>
      t.questions.flatMap((q) => {
        const value = answers.get(q.id)?.value;
        return visible.has(q.id) && value?.kind === "not_applicable"
          ? [{ themeId: t.id, questionId: q.id, ground: value.ground ?? "other", reason: value.reason }]
          : [];
      }),
    ),
  };
}

export interface FrozenReport {
  sector: Sector;
  // Absent in older reports.
  reader?: Reader;
  score: AssessmentScore;
  advice: RankedAdvice[];
}

export interface RankedAdvice {
  adviceId: string;
  themeId: string;
  questionId: string;
  gain: number;
  together: string[];
}

const EFFORT_ORDER = { low: 0, medium: 1, high: 2 } as const;

// Ranked by the risk it removes; advice triggered by several answers counts its largest gain.
export function rankAdvice(questionnaire: Questionnaire, sector: Sector, answers: Answers): RankedAdvice[] {
  const visible = visibleQuestionIds(questionnaire, sector, answers);
  const exposures = themeExposures(questionnaire, answers);
  const best = new Map<string, RankedAdvice>();
  for (const theme of themesFor(questionnaire, sector, answers)) {
    const { questions } = scoredQuestions(theme, answers, visible);
    if (questions.length === 0) continue;
    const exposure = exposures.get(theme.id) ?? MIN_EXPOSURE;
    for (const fix of fixes(questions, exposure, questionnaire.criticalCap)) {
      const advice = theme.questions.find((q) => q.id === fix.questionId)?.advice ?? [];
      for (const adviceId of advice) {
        const current = best.get(adviceId);
        if (!current || fix.riskGain > current.gain) {
          best.set(adviceId, {
            adviceId,
            themeId: theme.id,
            questionId: fix.questionId,
            gain: fix.riskGain,
            together: fix.together,
          });
        }
      }
    }
  }
  const effort = new Map(questionnaire.advice.map((a) => [a.id, EFFORT_ORDER[a.effort]]));
  return [...best.values()].sort(
    (a, b) =>
      b.gain - a.gain ||
      (effort.get(a.adviceId) ?? 0) - (effort.get(b.adviceId) ?? 0) ||
      a.adviceId.localeCompare(b.adviceId),
  );
}

/**
 * How heavily an advice's effort weighs for an organisation of a size: a camera room is a
 * project for a 20-person haulier and routine for a terminal of 500.
 */
const EFFORT_WEIGHT: Record<SizeBand, Record<keyof typeof EFFORT_ORDER, number>> = {
  "1-9": { low: 1, medium: 3, high: 6 },
  "10-49": { low: 1, medium: 2, high: 4 },
  "50-249": { low: 1, medium: 1.5, high: 2.5 },
  "250+": { low: 1, medium: 1.25, high: 1.5 },
};

/**
 * The advice to take up first: the most risk removed per unit of effort for the organisation's
 * size, among advice that removes any. Without a size (older reports) effort counts as for a
 * mid-sized organisation.
 */
export function firstSteps(
  questionnaire: Questionnaire,
  ranked: readonly RankedAdvice[],
  sizeBand: SizeBand | undefined,
  count: number,
): RankedAdvice[] {
  const weight = EFFORT_WEIGHT[sizeBand ?? "50-249"];
  const effort = new Map(questionnaire.advice.map((a) => [a.id, weight[a.effort]]));
  const value = (a: RankedAdvice) => a.gain / (effort.get(a.adviceId) ?? weight.medium);
  return ranked
    .filter((a) => a.gain > 0)
    .map((a, rank) => ({ a, rank }))
    .sort((x, y) => value(y.a) - value(x.a) || x.rank - y.rank)
    .slice(0, count)
    .map(({ a }) => a);
}
