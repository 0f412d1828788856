import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { database } from "../../db/client";
import { assessments, associations, associationSectors, benchmarkCells, benchmarkReleases, organisations, themeScores } from "../../db/schema";
import type { Sector, SizeBand } from "~/domain/organisation";
import type { Access } from "~/models/access.server";
import { benchmarkFor, comparisonGroup, computeRelease, makeDueReleases, releaseHistory } from "~/models/benchmark.server";
import { publishSmallQuestionnaire } from "../fixtures/accounts";
import { BACKENDS, useFreshDatabase } from "./databases";

/** An organisation with one assessment of the small questionnaire and its stored theme score. */
async function participant(sector: Sector, sizeBand: SizeBand, resilience: number, status: "draft" | "submitted" = "submitted") {
  const db = database();
  const [organisation] = await db
    .insert(organisations)
    .values({ name: `Org ${Math.random()}`, sector, sizeBand, region: "moerdijk" })
    .returning({ id: organisations.id, name: organisations.name });
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
  return organisation!;
}


/** An association analyst's access, for an association covering the given sectors. */
async function analystOf(sectors: Sector[]): Promise<Access> {
  const [association] = await database().insert(associations).values({ name: `Association ${Math.random()}` }).returning({ id: associations.id });
  await database().insert(associationSectors).values(sectors.map((sector) => ({ associationId: association!.id, sector })));
  return {
    user: { id: "00000000-0000-4000-8000-000000000000", name: "Analyst", email: "analyst@example.org" },
    organisation: null,
    associationIds: [association!.id],
    customsReviewer: false,
    platformAdmin: false,
    secondFactor: true,
  };
}

async function cellsOf(releaseId: string | null) {
  if (!releaseId) throw new Error("no release made");
  const rows = await database().select().from(benchmarkCells).where(eq(benchmarkCells.releaseId, releaseId));
  return new Map(rows.map((r) => [r.cellId, r]));
}

describe.each(BACKENDS)("benchmark releases on %s", (backend) => {
  useFreshDatabase(backend);

  it("publishes a cell from the k-th organisation, ignores drafts, and repeats figures after a change of one", async () => {
    await publishSmallQuestionnaire();

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

describe.each(BACKENDS)("what each reader receives of a release on %s", (backend) => {
  useFreshDatabase(backend);

  it("gives an analyst only the association's sectors, never an organisation, and nothing of another questionnaire", async () => {
    await publishSmallQuestionnaire(["terminal_operator", "road_haulier"]);
    const members = [];
    for (const [band, r] of [["50-249", 0.3], ["50-249", 0.5], ["50-249", 0.7], ["250+", 0.6], ["250+", 0.8], ["10-49", 0.4]] as const) {
      members.push(await participant("terminal_operator", band, r));
    }
    for (const r of [0.2, 0.3, 0.9]) members.push(await participant("road_haulier", "1-9", r));
    const releaseId = await computeRelease({ questionnaireId: "small", k: 5 });

    const terminals = await analystOf(["terminal_operator"]);
    const benchmark = await benchmarkFor(terminals, "small");
    expect(benchmark?.release?.id).toBe(releaseId);
    expect(benchmark?.cells.map((c) => [c.grouping, c.sector ?? null, c.sizeBand ?? null, c.suppressed])).toEqual([
      ["all", null, null, false],
      ["sector", "terminal_operator", null, false],
      ["sector-size", "terminal_operator", "10-49", true],
      // Two cells below k: neither the size bands of the sector can be subtracted from it.
      ["sector-size", "terminal_operator", "50-249", true],
      ["sector-size", "terminal_operator", "250+", true],
    ]);
    const text = JSON.stringify(benchmark?.cells);
    for (const member of members) {
      expect(text).not.toContain(member.id);
      expect(text).not.toContain(member.name);
    }

    // An association for no sector of the questionnaire gets nothing, like an unknown questionnaire.
    expect(await benchmarkFor(await analystOf(["municipality"]), "small")).toBeNull();
    expect(await benchmarkFor(terminals, "unknown")).toBeNull();
  });

  it("compares an organisation with its sector, or with everyone when its sector is too small", async () => {
    const terminal = await comparisonGroup("small", "terminal_operator");
    expect(terminal).toMatchObject({ grouping: "sector", sector: "terminal_operator", countBand: "5-9" });
    expect(terminal?.themes?.[0]?.resilience.median).toBeCloseTo(0.55, 10);
    expect(await comparisonGroup("small", "road_haulier")).toMatchObject({ grouping: "all", countBand: "5-9" });
  });

  it("dates a release and its population as of a moment, and lists the history oldest first", async () => {
    const yesterday = new Date(Date.now() - 24 * 3600 * 1000);
    await database().delete(benchmarkReleases);
    const before = await computeRelease({ questionnaireId: "small", k: 5, asOf: yesterday });
    const now = await computeRelease({ questionnaireId: "small", k: 5 });
    // Nobody had submitted yesterday: that release holds only an empty, unpublished "all".
    expect([...(await cellsOf(before)).values()].map((c) => [c.cellId, c.organisations, c.published])).toEqual([["all||", 0, false]]);
    expect((await cellsOf(now)).get("all||")?.organisations).toBe(9);

    const history = await releaseHistory("small", new Set<Sector>(["terminal_operator"]));
    expect(history.map((r) => r.createdAt.getTime())).toEqual([yesterday.getTime(), expect.any(Number)]);
    expect(history[1]?.cells.map((c) => c.grouping)).toEqual(["all", "sector"]);
  });
});
