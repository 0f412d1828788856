import {
  chosenOptions,
  themesFor,
  visibleQuestionIds,
  type AnswerValue,
  type Answers,
} from "./assessment";
import type { Sector } from "./organisation";
import type { ControlQuestion, Questionnaire, Theme } from "./questionnaire";

/**
 * The scoring model of DESIGN.md ("Scoring"): per theme exposure E, resilience R (capped when
 * a must-have control scores 0) and risk = 100·E·(1−R); overall weighted means. Pure.
 */

export const RISK_LEVELS = ["low", "medium", "high", "critical"] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];
export const EXPOSURE_CLASSES = ["basic", "elevated", "high", "very_high"] as const;
export type ExposureClass = (typeof EXPOSURE_CLASSES)[number];

export const MIN_EXPOSURE = 0.05;

export interface CostlyAnswer {
  questionId: string;
  /** Resilience points (0–100) this answer costs its theme against "fully in place". */
  pointsLost: number;
}

export type ThemeScore =
  | {
      themeId: string;
      scored: true;
      exposure: number;
      resilience: number;
      risk: number;
      level: RiskLevel;
      /** The must-have controls at 0 that cap the resilience, if any. */
      cappedBy: string[];
      costliest: CostlyAnswer[];
    }
  | { themeId: string; scored: false; exposure: number };

export interface AssessmentScore {
  themes: ThemeScore[];
  overall: { resilience: number; risk: number; level: RiskLevel } | null;
  exposureClass: ExposureClass;
  /** Themes by risk, highest first. */
  highestRisks: string[];
  /** "Don't know" answers: questions whose answer someone in the organisation should find. */
  knowledgeGaps: { themeId: string; questionId: string }[];
}

export function riskLevel(risk: number, thresholds: Questionnaire["thresholds"]): RiskLevel {
  if (risk >= thresholds.critical) return "critical";
  if (risk >= thresholds.high) return "high";
  if (risk >= thresholds.medium) return "medium";
  return "low";
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** The score (0–1) an answer gives a control question; null when it is left out (not applicable). */
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
      return question.kind === "multiple" ? Math.min(1, scores.reduce((a, b) => a + b, 0)) : (scores[0] ?? 0);
    }
  }
}

/** E of every theme: base exposure plus the modifiers of the chosen profile options, clamped. */
export function themeExposures(questionnaire: Questionnaire, answers: Answers): Map<string, number> {
  const exposure = new Map(questionnaire.themes.map((t) => [t.id, t.baseExposure]));
  for (const question of questionnaire.profile) {
    for (const optionId of chosenOptions(answers.get(question.id)?.value)) {
      const option = question.options.find((o) => o.id === optionId);
      for (const [themeId, modifier] of Object.entries(option?.exposure ?? {})) {
        exposure.set(themeId, (exposure.get(themeId) ?? 0) + modifier);
      }
    }
  }
  for (const [themeId, value] of exposure) exposure.set(themeId, clamp(value, MIN_EXPOSURE, 1));
  return exposure;
}

interface ScoredQuestion {
  id: string;
  weight: number;
  score: number;
  critical: boolean;
}

/** R of a theme from its scored questions, with the must-have cap. */
export function themeResilience(questions: ScoredQuestion[], criticalCap: number) {
  const totalWeight = questions.reduce((n, q) => n + q.weight, 0);
  const raw = questions.reduce((n, q) => n + q.weight * q.score, 0) / totalWeight;
  const cappedBy = questions.filter((q) => q.critical && q.score === 0).map((q) => q.id);
  return { resilience: cappedBy.length > 0 ? Math.min(raw, criticalCap) : raw, cappedBy, totalWeight };
}

function scoredQuestions(theme: Theme, answers: Answers, visible: Set<string>): ScoredQuestion[] {
  return theme.questions.flatMap((q) => {
    const value = answers.get(q.id)?.value;
    if (!visible.has(q.id) || !value) return [];
    const score = answerScore(q, value);
    return score === null ? [] : [{ id: q.id, weight: q.weight, score, critical: Boolean(q.critical) }];
  });
}

/** Scores an assessment: one figure per theme of the organisation's sector, and overall. */
export function scoreAssessment(
  questionnaire: Questionnaire,
  sector: Sector,
  answers: Answers,
): AssessmentScore {
  const visible = visibleQuestionIds(questionnaire, sector, answers);
  const exposures = themeExposures(questionnaire, answers);
  const themes = themesFor(questionnaire, sector);
  const scores: ThemeScore[] = themes.map((theme) => {
    const exposure = exposures.get(theme.id) ?? MIN_EXPOSURE;
    const questions = scoredQuestions(theme, answers, visible);
    if (questions.length === 0) return { themeId: theme.id, scored: false, exposure };
    const { resilience, cappedBy, totalWeight } = themeResilience(questions, questionnaire.criticalCap);
    const risk = 100 * exposure * (1 - resilience);
    const costliest = questions
      .map((q) => ({ questionId: q.id, pointsLost: (100 * q.weight * (1 - q.score)) / totalWeight }))
      .filter((c) => c.pointsLost > 0)
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
          const risk = scored.reduce((n, s) => n + weightOf(s.themeId) * s.risk, 0) / totalWeight;
          return { resilience, risk, level: riskLevel(risk, questionnaire.thresholds) };
        })();

  const meanExposure = themes.reduce((n, t) => n + (exposures.get(t.id) ?? MIN_EXPOSURE), 0) / Math.max(1, themes.length);
  const { elevated, high, veryHigh } = questionnaire.exposureClasses;
  const exposureClass: ExposureClass =
    meanExposure >= veryHigh ? "very_high" : meanExposure >= high ? "high" : meanExposure >= elevated ? "elevated" : "basic";

  return {
    themes: scores,
    overall,
    exposureClass,
    highestRisks: [...scored].sort((a, b) => b.risk - a.risk || a.themeId.localeCompare(b.themeId)).map((s) => s.themeId),
    knowledgeGaps: themes.flatMap((t) =>
      t.questions
        .filter((q) => visible.has(q.id) && answers.get(q.id)?.value.kind === "dont_know")
        .map((q) => ({ themeId: t.id, questionId: q.id })),
    ),
  };
}

export interface RankedAdvice {
  adviceId: string;
  themeId: string;
  questionId: string;
  /** Risk points the theme loses if this one answer became fully in place. */
  gain: number;
}

const EFFORT_ORDER = { low: 0, medium: 1, high: 2 } as const;

/**
 * The advice the answers trigger, ranked by the risk it removes: for each answer below fully
 * in place, the drop in its theme's risk if it were fully in place (a lifted must-have cap
 * counts); largest first, lower effort breaking ties. An advice item triggered by several
 * answers counts with its largest gain.
 */
export function rankAdvice(questionnaire: Questionnaire, sector: Sector, answers: Answers): RankedAdvice[] {
  const visible = visibleQuestionIds(questionnaire, sector, answers);
  const exposures = themeExposures(questionnaire, answers);
  const best = new Map<string, RankedAdvice>();
  for (const theme of themesFor(questionnaire, sector)) {
    const questions = scoredQuestions(theme, answers, visible);
    if (questions.length === 0) continue;
    const exposure = exposures.get(theme.id) ?? MIN_EXPOSURE;
    const riskOf = (qs: ScoredQuestion[]) => 100 * exposure * (1 - themeResilience(qs, questionnaire.criticalCap).resilience);
    const risk = riskOf(questions);
    for (const question of questions) {
      if (question.score >= 1) continue;
      const advice = theme.questions.find((q) => q.id === question.id)?.advice ?? [];
      const improved = questions.map((q) => (q.id === question.id ? { ...q, score: 1 } : q));
      const gain = risk - riskOf(improved);
      for (const adviceId of advice) {
        const current = best.get(adviceId);
        if (!current || gain > current.gain) best.set(adviceId, { adviceId, themeId: theme.id, questionId: question.id, gain });
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
