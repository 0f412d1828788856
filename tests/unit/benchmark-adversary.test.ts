import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { attack, simulateReleases, type Participant, type Population } from "../fixtures/adversary";

const SECTORS = ["terminal_operator", "road_haulier", "forwarder"];
const SIZE_BANDS = ["1-9", "10-49", "50-249"];
const K = 5;

// Scores off every grid a figure is rounded to, as real scores almost always are.
const risk = fc.integer({ min: 1, max: 99_998 }).map((n) => n / 1000 + 0.0003);
const scores = fc.array(risk, { minLength: 3, maxLength: 3 });
const organisation = fc.record({
  sector: fc.constantFrom(...SECTORS),
  sizeBand: fc.constantFrom(...SIZE_BANDS),
  scores,
});

const event = fc.oneof(
  organisation.map((o) => ({ kind: "join" as const, ...o })),
  fc.nat().map((who) => ({ kind: "leave" as const, who })),
  // Newcomers leaving again: a population that returns close to an earlier one.
  fc.constant({ kind: "leave" as const, who: -1 }),
  fc.record({ who: fc.nat(), scores }).map((e) => ({ kind: "resubmit" as const, ...e })),
  fc.record({ who: fc.nat(), sizeBand: fc.constantFrom(...SIZE_BANDS) }).map((e) => ({ kind: "move" as const, ...e })),
);

/** A starting population and, before each later release, what happened: joins, leaves (often of the newest), resubmissions, moves. */
const history = fc.record({
  start: fc.array(organisation, { maxLength: 70 }),
  steps: fc.array(fc.array(event, { maxLength: 12 }), { minLength: 3, maxLength: 5 }),
});

type History = typeof history extends fc.Arbitrary<infer H> ? H : never;

function populations({ start, steps }: History): Population[] {
  let serial = 0;
  const allScores = new Map<string, number[]>();
  const enrol = (
    o: { sector: string; sizeBand: string; scores: number[] },
    organisationId = `org-${serial}`,
  ): Participant => {
    const assessmentId = `assessment-${serial++}`;
    allScores.set(assessmentId, o.scores);
    return { organisationId, assessmentId, sector: o.sector, sizeBand: o.sizeBand };
  };
  let current = start.map((o) => enrol(o));
  const snapshot = (): Population => ({
    participants: current,
    scores: new Map(current.map((p) => [p.assessmentId, allScores.get(p.assessmentId)!])),
  });
  const result = [snapshot()];
  for (const step of steps) {
    for (const e of step) {
      const at = current.length === 0 || !("who" in e) ? -1 : e.who < 0 ? current.length - 1 : e.who % current.length;
      if (e.kind === "join") current = [...current, enrol(e)];
      else if (at < 0) continue;
      else if (e.kind === "leave") current = current.filter((_, i) => i !== at);
      else if (e.kind === "resubmit")
        current = current.map((p, i) => (i === at ? enrol({ ...p, scores: e.scores }, p.organisationId) : p));
      else current = current.map((p, i) => (i === at ? { ...p, sizeBand: e.sizeBand } : p));
    }
    result.push(snapshot());
  }
  return result;
}

describe("an attacker holding every release", () => {
  it("derives nothing about a group below k or one organisation, whatever joins, leaves and resubmits", () => {
    fc.assert(
      fc.property(history, (h) => {
        expect(attack(simulateReleases(populations(h), K), K)).toEqual([]);
      }),
      { numRuns: Number(process.env.ADVERSARY_RUNS ?? 1000) },
    );
  });

  it("finds what it looks for when figures are not protected", () => {
    const orgs = [1, 2, 3, 4, 5].map((n) => ({ sector: "forwarder", sizeBand: "1-9", scores: [n * 10 + 0.5, n, n] }));
    const resubmitted = { kind: "resubmit" as const, who: 0, scores: [2.5, 1, 1] };
    const releases = simulateReleases(populations({ start: orgs, steps: [[resubmitted], [], []] }), K);
    const [first, second] = releases;
    // Unrounded quantiles of five are the scores of its 2nd, 3rd and 4th member.
    first!.cells.get("all||")!.figures[0]!.risk.median = 30.5;
    // Figures that change while the organisations they describe did not give that change away.
    second!.cells.get("sector|forwarder|")!.figures = [];
    expect(attack(releases, K)).toEqual(
      expect.arrayContaining([
        "release 0 all||: quantile 30.5 off the grid of 5, one organisation's exact score",
        "releases 0→1 sector|forwarder|: figures changed with 0 organisations changed",
      ]),
    );
  });
});
