import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { AnswerValue } from "~/domain/assessment";
import type { Sector } from "~/domain/organisation";
import type { Questionnaire } from "~/domain/questionnaire";
import { rankAdvice, scoreAssessment } from "~/domain/scoring";
import { loadQuestionnaireFiles } from "~/models/questionnaire-files.server";
import { randomAnswers, referenceScore } from "../fixtures/reference-scoring";

/** The site's figures against the second implementation of docs/scoring.md, for one assessment. */
export function expectAgreement(
  questionnaire: Questionnaire,
  sector: Sector,
  answers: Map<string, { value: AnswerValue }>,
) {
  const { medium, high, critical } = questionnaire.thresholds;
  const reference = referenceScore(questionnaire, sector, new Map([...answers].map(([id, a]) => [id, a.value])));
  const score = scoreAssessment(questionnaire, sector, answers);
  expect(score.themes.map((t) => t.themeId)).toEqual(reference.themes.map((t) => t.themeId));
  for (const [index, theme] of score.themes.entries()) {
    const expected = reference.themes[index]!;
    expect(theme.exposure, theme.themeId).toBe(expected.exposure);
    if (!theme.scored) {
      expect(expected.risk, theme.themeId).toBeNull();
      continue;
    }
    expect(theme.resilience, theme.themeId).toBeCloseTo(expected.resilience!, 9);
    expect(theme.risk, theme.themeId).toBe(expected.risk);
    expect(theme.level, theme.themeId).toBe(expected.level);
  }
  expect(score.overall?.risk ?? null).toBe(reference.overall?.risk ?? null);
  expect(score.overall?.level ?? null).toBe(reference.overall?.level ?? null);
  if (reference.overall) expect(score.overall!.resilience).toBeCloseTo(reference.overall.resilience, 9);
  expect(score.exposureClass).toBe(reference.exposureClass);
  expect(rankAdvice(questionnaire, sector, answers).map((a) => a.adviceId)).toEqual(reference.adviceOrder);
  // How many figures sit exactly on a threshold, where float noise used to cost a level.
  return reference.themes.filter((t) => t.risk !== null && [medium, high, critical].includes(t.risk)).length;
}

describe("the scoring model against a second implementation of docs/scoring.md", () => {
  let files: { questionnaire: Questionnaire }[] = [];
  beforeAll(async () => {
    const loaded = await loadQuestionnaireFiles(fileURLToPath(new URL("../../questionnaires", import.meta.url)));
    if (!loaded.ok) throw new Error(loaded.problems.join("\n"));
    files = loaded.files;
  });

  it("agrees on every figure, level and the advice order for random assessments of every sector and version", () => {
    const runs = Number(process.env.REFERENCE_RUNS ?? 300);
    let onThreshold = 0;
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.integer({ min: 1 }), (fileIndex, sectorIndex, seed) => {
        const { questionnaire } = files[fileIndex % files.length]!;
        const sector = questionnaire.sectors[sectorIndex % questionnaire.sectors.length]!;
        onThreshold += expectAgreement(questionnaire, sector, randomAnswers(questionnaire, sector, seed));
      }),
      { numRuns: runs },
    );
    // The runs reach the thresholds themselves, not only the space between.
    expect(onThreshold).toBeGreaterThan(0);
    console.info(`${runs} random assessments, ${onThreshold} theme risks exactly on a threshold`);
  });
});
