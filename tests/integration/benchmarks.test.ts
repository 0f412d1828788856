import { desc, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { database } from "../../db/client";
import {
  assessments,
  associations,
  auditLog,
  associationSectors,
  benchmarkCells,
  benchmarkParticipants,
  benchmarkReleases,
  organisations,
  themeScores,
} from "../../db/schema";
import type { Sector, SizeBand } from "~/domain/organisation";
import type { Access } from "~/models/access.server";
import {
  benchmarkFor,
  comparisonGroup,
  computeRelease,
  makeDueReleases,
  membershipChanges,
  purgeParticipants,
  releaseHistory,
  releaseParticipation,
} from "~/models/benchmark.server";
import { membershipChanges as referenceChanges, type Participant } from "../fixtures/adversary";
import { publishSmallQuestionnaire } from "../fixtures/accounts";
import { BACKENDS, useFreshDatabase } from "./databases";

/**
 * An organisation with one assessment of the small questionnaire and its stored theme score;
 * verified yesterday unless it is one made up by whoever signed it up.
 */
async function participant(
  sector: Sector,
  sizeBand: SizeBand,
  resilience: number,
  { status = "submitted", verified = true }: { status?: "draft" | "submitted"; verified?: boolean } = {},
) {
  const db = database();
  const [organisation] = await db
    .insert(organisations)
    .values({
      name: `Org ${Math.random()}`,
      sector,
      sizeBand,
      region: "moerdijk",
      verifiedAt: verified ? new Date(Date.now() - 24 * 3600 * 1000) : null,
    })
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
  const [association] = await database()
    .insert(associations)
    .values({ name: `Association ${Math.random()}` })
    .returning({ id: associations.id });
  await database()
    .insert(associationSectors)
    .values(sectors.map((sector) => ({ associationId: association!.id, sector })));
  return {
    user: { id: "00000000-0000-4000-8000-000000000000", name: "Analyst", email: "analyst@example.org", language: "nl" },
    organisation: null,
    associationIds: [association!.id],
    customsReviewer: false,
    platformAdmin: false,
    secondFactor: true,
    emailVerified: true,
  };
}

async function cellsOf(releaseId: string | null) {
  if (!releaseId) throw new Error("no release made");
  const rows = await database().select().from(benchmarkCells).where(eq(benchmarkCells.releaseId, releaseId));
  return new Map(rows.map((r) => [r.cellId, r]));
}

describe.each(BACKENDS)("benchmark releases on %s", (backend) => {
  useFreshDatabase(backend);

  it("publishes a cell from the k-th verified organisation, coarsely, and ignores drafts and made-up organisations", async () => {
    await publishSmallQuestionnaire();

    for (const r of [0.2, 0.4, 0.6, 0.8]) await participant("terminal_operator", "50-249", r);
    await participant("terminal_operator", "50-249", 0.9, { status: "draft" });
    // Sock puppets: signed up with answers of their maker's choice, never verified.
    for (const r of [0, 0, 1]) await participant("terminal_operator", "50-249", r, { verified: false });
    const first = await cellsOf(await computeRelease({ questionnaireId: "small", k: 5 }));
    expect(first.get("sector|terminal_operator|")).toMatchObject({ organisations: 4, published: false, themes: null });
    expect(first.get("all||")).toMatchObject({ published: false });

    await participant("terminal_operator", "50-249", 1);
    const second = await cellsOf(await computeRelease({ questionnaireId: "small", k: 5 }));
    const sector = second.get("sector|terminal_operator|");
    expect(sector).toMatchObject({ organisations: 5, published: true });
    // percentile_cont of 0.2, 0.4, 0.6, 0.8, 1, on the 5-point grid of a group under ten.
    expect(sector?.themes?.[0]).toMatchObject({ id: "release", resilience: { p25: 0.4, median: 0.6, p75: 0.8 } });
    // Risks 48, 36, 24, 12, 0: the median 24 is one organisation's risk, published as 25; no shares under 20.
    expect(sector?.themes?.[0]?.risk.median).toBe(25);
    expect(sector?.themes?.[0]?.levels).toBeNull();
    expect(sector?.themes?.[0]?.medianLevel).toBe("high");
    expect(sector?.basisReleaseId).toBe(sector?.releaseId);

    // One more organisation, then a resubmission: the cell keeps the figures and band it had.
    await participant("terminal_operator", "50-249", 0);
    const third = await cellsOf(await computeRelease({ questionnaireId: "small", k: 5 }));
    expect(third.get("sector|terminal_operator|")).toMatchObject({
      organisations: 5,
      themes: sector?.themes,
      basisReleaseId: sector?.releaseId,
    });
    const fourth = await cellsOf(await computeRelease({ questionnaireId: "small", k: 5 }));
    expect(fourth.get("sector|terminal_operator|")?.themes).toEqual(sector?.themes);

    // Five changes since the figures were computed: now they are computed anew.
    for (const r of [0.1, 0.3, 0.5, 0.7]) await participant("terminal_operator", "50-249", r);
    const fifth = await cellsOf(await computeRelease({ questionnaireId: "small", k: 5 }));
    expect(fifth.get("sector|terminal_operator|")).toMatchObject({ organisations: 10, published: true });
    expect(fifth.get("sector|terminal_operator|")?.themes).not.toEqual(sector?.themes);
  });

  it("counts a join, a leave, a resubmission and a move between sectors or bands as one change each, as the reference does", async () => {
    const db = database();
    const orgs = await db
      .insert(organisations)
      .values(
        ["a", "b", "c", "d", "e", "f"].map((name) => ({
          name,
          sector: "terminal_operator" as const,
          sizeBand: "1-9" as const,
          region: "moerdijk" as const,
        })),
      )
      .returning({ id: organisations.id });
    const [from, to] = await db
      .insert(benchmarkReleases)
      .values([
        { questionnaireId: "changes", k: 5 },
        { questionnaireId: "changes", k: 5 },
      ])
      .returning({ id: benchmarkReleases.id });
    const p = (
      index: number,
      assessmentId: string,
      sector: Sector = "terminal_operator",
      sizeBand: SizeBand = "1-9",
    ): Participant => ({
      organisationId: orgs[index]!.id,
      assessmentId,
      sector,
      sizeBand,
    });
    const a1 = "00000000-0000-4000-8000-00000000000";
    // a stays, b resubmits, c leaves, d moves band, e moves sector, f joins.
    const before = [p(0, `${a1}1`), p(1, `${a1}2`), p(2, `${a1}3`), p(3, `${a1}4`), p(4, `${a1}5`)];
    const after = [
      p(0, `${a1}1`),
      p(1, `${a1}7`),
      p(3, `${a1}4`, "terminal_operator", "10-49"),
      p(4, `${a1}5`, "road_haulier"),
      p(5, `${a1}6`),
    ];
    const rows = (releaseId: string, list: Participant[]) =>
      list.map((x) => ({ releaseId, ...x, sector: x.sector as Sector, sizeBand: x.sizeBand as SizeBand }));
    await db.insert(benchmarkParticipants).values([...rows(from!.id, before), ...rows(to!.id, after)]);
    const changes = await membershipChanges(db, { from: from!.id, to: to!.id });
    expect(changes).toEqual(referenceChanges(before, after));
    expect(changes.get("all||")).toBe(3);
    expect(changes.get("sector|terminal_operator|")).toBe(4);
    expect(changes.get("sector-size|terminal_operator|1-9")).toBe(5);
  });

  it("leaves a theme answered mostly 'not applicable' out of the figures", async () => {
    const db = database();
    const [latest] = await db
      .select()
      .from(benchmarkReleases)
      .where(eq(benchmarkReleases.questionnaireId, "small"))
      .orderBy(desc(benchmarkReleases.createdAt))
      .limit(1);
    const before = (await cellsOf(latest!.id)).get("sector|terminal_operator|");
    expect(before?.themes?.map((t) => t.id)).toEqual(["release"]);
    await db.update(themeScores).set({ weaklyAnswered: true });
    // Enough changes since every earlier release for new figures: five more organisations.
    for (const r of [0.15, 0.25, 0.35, 0.45, 0.55]) await participant("terminal_operator", "50-249", r);
    await db.update(themeScores).set({ weaklyAnswered: true });
    const after = (await cellsOf(await computeRelease({ questionnaireId: "small", k: 5 }))).get(
      "sector|terminal_operator|",
    );
    expect(after).toMatchObject({ published: true, themes: [] });
  });

  it("purges who releases older than 24 months counted, and keeps the lists later releases compare with", async () => {
    const db = database();
    await db.delete(benchmarkReleases);
    // The lists of the releases the tests above made are gone with them.
    expect(await purgeParticipants()).toBeGreaterThan(0);
    const longAgo = new Date(Date.now() - 25 * 30 * 24 * 3600 * 1000);
    const old = await computeRelease({ questionnaireId: "small", k: 5, asOf: longAgo });
    const recent = await computeRelease({ questionnaireId: "small", k: 5 });
    const listed = async (releaseId: string | null) =>
      (await db.select().from(benchmarkParticipants).where(eq(benchmarkParticipants.releaseId, releaseId!))).length;
    const before = await listed(recent);
    expect(before).toBeGreaterThan(0);
    // The old release counted nobody (nobody had submitted then): give it a list to purge.
    const [someone] = await db
      .select()
      .from(benchmarkParticipants)
      .where(eq(benchmarkParticipants.releaseId, recent!))
      .limit(1);
    await db.insert(benchmarkParticipants).values({ ...someone!, releaseId: old! });
    expect(await purgeParticipants()).toBe(1);
    expect(await listed(old)).toBe(0);
    expect(await listed(recent)).toBe(before);
    expect(await purgeParticipants()).toBe(0);
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
    for (const [band, r] of [
      ["50-249", 0.3],
      ["50-249", 0.5],
      ["50-249", 0.7],
      ["250+", 0.6],
      ["250+", 0.8],
      ["10-49", 0.4],
    ] as const) {
      members.push(await participant("terminal_operator", band, r));
    }
    for (const r of [0.2, 0.3, 0.9, 0.5, 0.6]) members.push(await participant("road_haulier", "1-9", r));
    const releaseId = await computeRelease({ questionnaireId: "small", k: 5 });

    const terminals = await analystOf(["terminal_operator"]);
    const view = { via: "page" as const, ip: "192.0.2.7" };
    const benchmark = await benchmarkFor(terminals, "small", view);
    expect(benchmark?.release?.id).toBe(releaseId);
    expect(benchmark?.cells.map((c) => [c.grouping, c.sector ?? null, c.sizeBand ?? null, c.suppressed])).toEqual([
      ["all", null, null, false],
      ["sector", "terminal_operator", null, false],
      // An empty band reads exactly like the bands with too few organisations.
      ["sector-size", "terminal_operator", "1-9", true],
      ["sector-size", "terminal_operator", "10-49", true],
      ["sector-size", "terminal_operator", "50-249", true],
      ["sector-size", "terminal_operator", "250+", true],
    ]);
    expect(new Set(benchmark?.cells.filter((c) => c.suppressed).map((c) => JSON.stringify(Object.keys(c))))).toEqual(
      new Set([JSON.stringify(["grouping", "sector", "sizeBand", "suppressed"])]),
    );
    const text = JSON.stringify(benchmark?.cells);
    for (const member of members) {
      expect(text).not.toContain(member.id);
      expect(text).not.toContain(member.name);
    }

    // An association for no sector of the questionnaire gets nothing, like an unknown questionnaire.
    expect(await benchmarkFor(await analystOf(["municipality"]), "small", view)).toBeNull();
    expect(await benchmarkFor(terminals, "unknown", view)).toBeNull();
    // Each view and each refusal is in the audit trail, with who read it and how.
    const trail = await database()
      .select({
        action: auditLog.action,
        actor: auditLog.actorUserId,
        objectId: auditLog.objectId,
        success: auditLog.success,
      })
      .from(auditLog)
      .where(inArray(auditLog.action, ["benchmark_viewed", "access_refused"]));
    expect(trail).toEqual([
      { action: "benchmark_viewed", actor: terminals.user.id, objectId: "small", success: true },
      { action: "access_refused", actor: expect.any(String), objectId: "small", success: false },
      { action: "access_refused", actor: terminals.user.id, objectId: "unknown", success: false },
    ]);
  });

  it("compares a verified organisation with its sector, and an unverified one with nothing", async () => {
    const [verified] = await database()
      .select()
      .from(organisations)
      .where(eq(organisations.sector, "terminal_operator"))
      .limit(1);
    const terminal = await comparisonGroup("small", "terminal_operator", verified!.id);
    expect(terminal).toMatchObject({ grouping: "sector", sector: "terminal_operator", countBand: "5-9" });
    expect(terminal?.themes?.[0]?.resilience.median).toBe(0.55);
    const puppet = await participant("terminal_operator", "1-9", 1, { verified: false });
    expect(await comparisonGroup("small", "terminal_operator", puppet.id)).toBeNull();
  });

  it("shows participation as the latest release counted it, in bands, not as organisations sign up", async () => {
    const expected = [
      { sector: "terminal_operator", band: "5-9" },
      { sector: "municipality", band: null },
    ];
    expect(await releaseParticipation(["terminal_operator", "municipality"])).toEqual(expected);
    for (const r of [0.1, 0.2, 0.3, 0.4, 0.5]) await participant("terminal_operator", "1-9", r);
    expect(await releaseParticipation(["terminal_operator", "municipality"])).toEqual(expected);
  });

  it("dates a release and its population as of a moment, and lists the history oldest first", async () => {
    const yesterday = new Date(Date.now() - 24 * 3600 * 1000);
    await database().delete(benchmarkReleases);
    const before = await computeRelease({ questionnaireId: "small", k: 5, asOf: yesterday });
    const now = await computeRelease({ questionnaireId: "small", k: 5 });
    // Nobody had submitted yesterday: that release holds no cell, and reads like a suppressed one.
    expect((await cellsOf(before)).size).toBe(0);
    expect((await cellsOf(now)).get("all||")?.organisations).toBe(16);

    const history = await releaseHistory("small", new Set<Sector>(["terminal_operator"]));
    expect(history.map((r) => r.createdAt.getTime())).toEqual([yesterday.getTime(), expect.any(Number)]);
    expect(history[1]?.cells.map((c) => c.grouping)).toEqual(["all", "sector"]);
    expect(history[0]?.cells.map((c) => c.suppressed)).toEqual([true, true]);
  });
});
