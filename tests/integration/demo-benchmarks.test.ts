import { fileURLToPath } from "node:url";
import { asc, eq, inArray, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { database } from "../../db/client";
import {
  assessmentScores,
  auditLog,
  benchmarkCells,
  benchmarkParticipants,
  benchmarkReleases,
  mailOutbox,
  organisations,
  themeScores,
} from "../../db/schema";
import { seedDemoData } from "../../db/seed";
import { countBand } from "~/domain/benchmark";
import { makeDueReleases } from "~/models/benchmark.server";
import { loadQuestionnaireFiles } from "~/models/questionnaire-files.server";
import { publishQuestionnaires } from "~/models/questionnaire.server";
import { attack, cellsOf, type ObservedRelease, type Participant } from "../fixtures/adversary";
import { BACKENDS, useFreshDatabase } from "./databases";

const K = 5;

/** Every release of a questionnaire as the attacker sees it, oldest first, with the ground truth. */
async function observedReleases(questionnaireId: string): Promise<ObservedRelease[]> {
  const db = database();
  const releases = await db
    .select()
    .from(benchmarkReleases)
    .where(eq(benchmarkReleases.questionnaireId, questionnaireId))
    .orderBy(asc(benchmarkReleases.createdAt));
  const ids = releases.map((r) => r.id);
  const participants = await db
    .select()
    .from(benchmarkParticipants)
    .where(inArray(benchmarkParticipants.releaseId, ids));
  const of = (releaseId: string): Participant[] => participants.filter((p) => p.releaseId === releaseId);
  const assessmentIds = [...new Set(participants.map((p) => p.assessmentId))];
  const scores = new Map<string, Record<string, number>>();
  for (const row of await db.select().from(themeScores).where(inArray(themeScores.assessmentId, assessmentIds))) {
    if (row.risk !== null) scores.set(row.assessmentId, { ...scores.get(row.assessmentId), [row.themeId]: row.risk });
  }
  for (const row of await db
    .select()
    .from(assessmentScores)
    .where(inArray(assessmentScores.assessmentId, assessmentIds))) {
    if (row.risk !== null) scores.set(row.assessmentId, { ...scores.get(row.assessmentId), overall: row.risk });
  }
  const cells = await db.select().from(benchmarkCells).where(inArray(benchmarkCells.releaseId, ids));
  return releases.map((release) => ({
    participants: of(release.id),
    scores,
    cells: new Map(
      cells
        .filter((c) => c.releaseId === release.id)
        .map((c) => [
          c.cellId,
          {
            key: {
              grouping: c.grouping as "all",
              ...(c.sector ? { sector: c.sector } : {}),
              ...(c.sizeBand ? { sizeBand: c.sizeBand } : {}),
            },
            published: c.published,
            countBand: c.published ? countBand(c.organisations, release.k) : null,
            figures: c.overall ? [{ id: "overall", ...c.overall }, ...(c.themes ?? [])] : [],
            described: c.basisReleaseId ? of(c.basisReleaseId).filter((p) => cellsOf(p).includes(c.cellId)) : [],
          },
        ]),
    ),
  }));
}

describe.each(BACKENDS)("the demo data's release history on %s", (backend) => {
  const { handle } = useFreshDatabase(backend);

  it("gives an attacker with every release nothing, and still shows suppressed cells and a trend", async () => {
    const loaded = await loadQuestionnaireFiles(fileURLToPath(new URL("../../questionnaires", import.meta.url)));
    if (!loaded.ok) throw new Error(loaded.problems.join("\n"));
    await publishQuestionnaires(loaded.files);
    await seedDemoData(handle(), loaded.files, K);

    // The organisations that signed up and answered but were never verified count nowhere.
    const unverified = await database()
      .select({ id: organisations.id })
      .from(organisations)
      .where(isNull(organisations.verifiedAt));
    expect(unverified.length).toBeGreaterThan(0);
    for (const { questionnaire } of loaded.files.filter((f) => !f.archived)) {
      const releases = await observedReleases(questionnaire.id);
      expect(releases.length).toBeGreaterThanOrEqual(4);
      expect(attack(releases, K)).toEqual([]);
      const latest = releases.at(-1)!;
      expect([...latest.cells.values()].some((c) => !c.published && c.key.grouping !== "all")).toBe(true);
      expect([...latest.cells.values()].some((c) => c.published && c.key.grouping === "sector")).toBe(true);
      const counted = new Set(releases.flatMap((r) => r.participants.map((p) => p.organisationId)));
      for (const { id } of unverified) expect(counted.has(id)).toBe(false);
    }

    // The current quarter is released with the demo: the first start does not release it again
    // with a notice to every demo address.
    await makeDueReleases(
      loaded.files.map((f) => f.questionnaire.id),
      K,
    );
    const notices = await database()
      .select({ id: mailOutbox.id })
      .from(mailOutbox)
      .where(eq(mailOutbox.template, "benchmark_release"));
    expect(notices).toEqual([]);
    // Nor do the demo's views of a shared report: today's notice stays free for a real view.
    expect(await database().select().from(mailOutbox).where(eq(mailOutbox.template, "report_opened"))).toEqual([]);
    const views = await database().select().from(auditLog).where(eq(auditLog.action, "shared_report_viewed"));
    expect(views).toHaveLength(2);
  }, 180_000);
});
