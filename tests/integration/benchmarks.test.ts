import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { database } from "../../db/client";
import { assessments, benchmarkCells, benchmarkReleases, organisations, themeScores } from "../../db/schema";
import { parseQuestionnaire } from "~/domain/questionnaire";
import type { Sector, SizeBand } from "~/domain/organisation";
import { computeRelease, makeDueReleases } from "~/models/benchmark.server";
import { hashQuestionnaire } from "~/models/questionnaire-files.server";
import { publishQuestionnaires } from "~/models/questionnaire.server";
import { smallQuestionnaire } from "../fixtures/questionnaire";
import { BACKENDS, useFreshDatabase } from "./databases";

/** An organisation with one assessment of the small questionnaire and its stored theme score. */
async function participant(sector: Sector, sizeBand: SizeBand, resilience: number, status: "draft" | "submitted" = "submitted") {
  const db = database();
  const [organisation] = await db
    .insert(organisations)
    .values({ name: `Org ${Math.random()}`, sector, sizeBand, region: "moerdijk" })
    .returning({ id: organisations.id });
  const [assessment] = await db
    .insert(assessments)
    .values({
      organisationId: organisation!.id,
      questionnaireId: "small",
      questionnaireVersion: 1,
      status,
      submittedAt: status === "submitted" ? new Date() : null,
    })
    .returning({ id: assessments.id });
  const risk = 100 * 0.6 * (1 - resilience);
  await db.insert(themeScores).values({
    assessmentId: assessment!.id,
    themeId: "release",
    exposure: 0.6,
    resilience,
    risk,
    level: risk >= 45 ? "critical" : risk >= 25 ? "high" : risk >= 10 ? "medium" : "low",
  });
}

async function cellsOf(releaseId: string | null) {
  if (!releaseId) throw new Error("no release made");
  const rows = await database().select().from(benchmarkCells).where(eq(benchmarkCells.releaseId, releaseId));
  return new Map(rows.map((r) => [r.cellId, r]));
}

describe.each(BACKENDS)("benchmark releases on %s", (backend) => {
  useFreshDatabase(backend);

  it("publishes a cell from the k-th organisation, ignores drafts, and repeats figures after a change of one", async () => {
    const parsed = parseQuestionnaire(smallQuestionnaire());
    if (!parsed.ok) throw new Error("fixture invalid");
    await publishQuestionnaires([{ file: "small.yaml", questionnaire: parsed.questionnaire, contentHash: hashQuestionnaire(parsed.questionnaire) }]);

    for (const r of [0.2, 0.4, 0.6, 0.8]) await participant("terminal_operator", "50-249", r);
    await participant("terminal_operator", "50-249", 0.9, "draft");
    const first = await cellsOf(await computeRelease({ questionnaireId: "small", k: 5 }));
    expect(first.get("sector|terminal_operator|")).toMatchObject({ organisations: 4, published: false, themes: null });
    expect(first.get("all||")).toMatchObject({ published: false });

    await participant("terminal_operator", "50-249", 1);
    const second = await cellsOf(await computeRelease({ questionnaireId: "small", k: 5 }));
    const sector = second.get("sector|terminal_operator|");
    expect(sector).toMatchObject({ organisations: 5, published: true });
    // Quantiles of 0.2, 0.4, 0.6, 0.8, 1 computed by PostgreSQL's percentile_cont.
    expect(sector?.themes?.[0]).toMatchObject({ id: "release", resilience: { p25: 0.4, median: 0.6, p75: 0.8 } });
    expect(sector?.themes?.[0]?.risk.median).toBeCloseTo(24, 10);
    // Risks 48, 36, 24, 12, 0 → critical, high, medium, medium, low: 20/20/40/20 %.
    expect(sector?.themes?.[0]?.levels).toEqual({ low: 20, medium: 40, high: 20, critical: 20 });

    // One more organisation: the cell keeps the previous release's figures.
    await participant("terminal_operator", "50-249", 0);
    const third = await cellsOf(await computeRelease({ questionnaireId: "small", k: 5 }));
    expect(third.get("sector|terminal_operator|")?.organisations).toBe(6);
    expect(third.get("sector|terminal_operator|")?.themes).toEqual(sector?.themes);
  });

  it("makes the quarter's release once, however often the check runs", async () => {
    const when = new Date("2030-02-10T12:00:00Z");
    await makeDueReleases(["small"], 5, when);
    await makeDueReleases(["small"], 5, when);
    const rows = await database().select().from(benchmarkReleases).where(eq(benchmarkReleases.quarter, "2030-Q1"));
    expect(rows).toHaveLength(1);
  });
});
