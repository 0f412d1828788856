import { adviceView } from "./advice.server";
import { findAdvice, findQuestion, findTheme, type Answers } from "../domain/assessment";
import type { Questionnaire, Reader } from "../domain/questionnaire";
import {
  firstSteps,
  rankAdvice,
  scoreAssessment,
  type AssessmentScore,
  type FrozenReport,
  type RiskLevel,
} from "../domain/scoring";
import type { Sector } from "../domain/organisation";
import type { Language } from "../i18n";
import { getAnswers, getScoreSnapshot, previousSubmitted, type getAssessment } from "../models/assessment.server";
import { comparisonGroup } from "../models/benchmark.server";
import { getOrganisationProfile } from "../models/organisation.server";
import { isVerified } from "../models/verification.server";

type Assessment = NonNullable<Awaited<ReturnType<typeof getAssessment>>>;

/** The assessment header of the report API and the JSON export. */
export function assessmentSummary(
  assessment: { id: string; status: string; submittedAt: Date | null; questionnaire: Questionnaire },
  organisationId: string,
) {
  return {
    id: assessment.id,
    organisationId,
    questionnaire: { id: assessment.questionnaire.id, version: assessment.questionnaire.version },
    status: assessment.status,
    submittedAt: assessment.submittedAt?.toISOString() ?? null,
  };
}

/** How many advice items the report marks "start here". */
export const START_HERE = 5;

type Snapshot = NonNullable<Awaited<ReturnType<typeof getScoreSnapshot>>>;

/**
 * The report of an assessment: for a submitted one the report frozen at submission; for one
 * submitted before reports were frozen, its stored figures with the explanations of its
 * answers; for a draft a provisional score.
 */
export function reportOf(
  questionnaire: Questionnaire,
  { sector, ...reader }: { sector: Sector } & Reader,
  answers: Answers,
  snapshot: Snapshot | null,
): FrozenReport {
  if (snapshot?.overall.report) return { reader, ...snapshot.overall.report };
  const live = scoreAssessment(questionnaire, sector, answers);
  const advice = rankAdvice(questionnaire, sector, answers);
  if (!snapshot) return { sector, reader, score: live, advice };
  const themes = live.themes.map((t) => {
    const stored = snapshot.themes.find((s) => s.themeId === t.themeId);
    if (!stored || stored.resilience === null || stored.risk === null || !t.scored) {
      return { themeId: t.themeId, scored: false as const, exposure: stored?.exposure ?? t.exposure };
    }
    return {
      ...t,
      exposure: stored.exposure,
      resilience: stored.resilience,
      risk: stored.risk,
      level: stored.level as RiskLevel,
      cappedBy: stored.cappedBy,
    };
  });
  const { overall } = snapshot;
  return {
    sector,
    reader,
    advice,
    score: {
      ...live,
      themes,
      exposureClass: overall.exposureClass as AssessmentScore["exposureClass"],
      overall:
        overall.resilience === null || overall.risk === null
          ? null
          : { resilience: overall.resilience, risk: overall.risk, level: overall.level as RiskLevel },
    },
  };
}

/** The report as a page shows it, in one language. */
export function reportView(
  questionnaire: Questionnaire,
  { score: figures, advice: ranked, reader }: FrozenReport,
  language: Language,
) {
  const themeTitle = (id: string) => findTheme(questionnaire, id)?.title[language] ?? id;
  const questionText = (id: string) => findQuestion(questionnaire, id)?.text[language] ?? id;
  const first = firstSteps(questionnaire, ranked, reader?.sizeBand, START_HERE).map((a) => a.adviceId);
  const advice = ranked.map((item) => ({
    ...adviceView(questionnaire, findAdvice(questionnaire, item.adviceId)!, language, reader ?? null),
    themeId: item.themeId,
    theme: themeTitle(item.themeId),
    gain: item.gain,
    together: item.together.map(questionText),
    question: questionText(item.questionId),
    startHere: first.includes(item.adviceId),
  }));
  return {
    sizeBand: reader?.sizeBand ?? null,
    overall: figures.overall,
    exposureClass: figures.exposureClass,
    highestRisks: figures.highestRisks.slice(0, 3).map((id) => ({ id, title: themeTitle(id) })),
    themes: figures.themes.map((t) => ({
      id: t.themeId,
      title: themeTitle(t.themeId),
      exposure: t.exposure,
      ...(t.scored
        ? {
            scored: true as const,
            resilience: t.resilience,
            risk: t.risk,
            level: t.level,
            cappedBy: t.cappedBy.map(questionText),
            weaklyAnswered: t.weaklyAnswered,
            costliest: t.costliest.slice(0, 3).map((c) => ({
              question: questionText(c.questionId),
              pointsLost: c.pointsLost,
              together: c.together.map(questionText),
            })),
          }
        : { scored: false as const }),
    })),
    advice,
    // In the order to take them up.
    firstSteps: first.map((id) => advice.find((a) => a.id === id)!),
    notApplicable: figures.notApplicable.map((answer) => ({
      question: questionText(answer.questionId),
      theme: themeTitle(answer.themeId),
      // Reports frozen before grounds existed have none: their reason is "other".
      ground: answer.ground ?? "other",
      reason: answer.reason,
    })),
    knowledgeGaps: figures.knowledgeGaps.map((gap) => {
      const question = findQuestion(questionnaire, gap.questionId);
      return {
        question: questionText(gap.questionId),
        theme: themeTitle(gap.themeId),
        knownBy: question && "knownBy" in question ? (question.knownBy?.[language] ?? null) : null,
      };
    }),
  };
}

/** Everything the report page shows of one assessment, in one language. */
export async function reportPage(
  assessment: Assessment,
  organisationId: string,
  language: Language,
  // A shared report shows no change against earlier reports: those were not shared.
  { withPrevious = true }: { withPrevious?: boolean } = {},
) {
  const { questionnaire } = assessment;
  const [answers, snapshot, verified, profile] = await Promise.all([
    getAnswers({ assessmentId: assessment.id }),
    getScoreSnapshot({ assessmentId: assessment.id }),
    isVerified(organisationId),
    getOrganisationProfile({ organisationId }),
  ]);
  const report = reportOf(questionnaire, assessment, answers, assessment.status === "submitted" ? snapshot : null);
  // Compared within the sector the report was made for.
  const comparison = await comparisonGroup(questionnaire.id, report.sector, organisationId);
  const previous =
    assessment.submittedAt && withPrevious
      ? await previousSubmitted({
          organisationId,
          questionnaireId: questionnaire.id,
          before: assessment.submittedAt,
        })
      : null;
  const previousScores = previous ? await getScoreSnapshot({ assessmentId: previous.id }) : null;
  return {
    verified,
    comparison: comparison
      ? {
          grouping: comparison.grouping,
          countBand: comparison.countBand ?? null,
          themes: comparison.themes ?? [],
          releasedAt: comparison.releasedAt.toISOString(),
          k: comparison.k,
        }
      : null,
    previous:
      previous && previousScores
        ? {
            submittedAt: previous.submittedAt.toISOString(),
            // Another questionnaire version asked other questions: themes compare, answers do not.
            otherVersion: previous.version !== questionnaire.version ? previous.version : null,
            risk: Object.fromEntries(previousScores.themes.map((t) => [t.themeId, t.risk])),
          }
        : null,
    assessment: {
      id: assessment.id,
      organisation: profile?.name ?? "",
      title: questionnaire.title[language],
      questionnaireVersion: questionnaire.version,
      provisional: assessment.status !== "submitted",
      submittedAt: assessment.submittedAt?.toISOString() ?? null,
    },
    report: reportView(questionnaire, report, language),
  };
}
