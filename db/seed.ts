import { hash } from "@node-rs/argon2";
import { count, eq, notInArray } from "drizzle-orm";
import { themesFor, visibleQuestionIds, type AnswerValue } from "../app/domain/assessment";
import type { Questionnaire } from "../app/domain/questionnaire";
import { quarterOf } from "../app/domain/benchmark";
import { submitAssessment } from "../app/models/assessment.server";
import { computeRelease } from "../app/models/benchmark.server";
import { grantConsent, recordSharedView, sharingOrganisations } from "../app/models/consent.server";
import type { QuestionnaireFile } from "../app/models/questionnaire-files.server";
import { PORT_REGIONS, SIZE_BANDS, type PortRegion, type Sector, type SizeBand } from "../app/domain/organisation";
import type { DatabaseHandle } from "./client";
import { DEMO_PASSWORD, DEMO_SIGN_INS, DEMO_TOTP_SECRET } from "./demo-accounts";
import {
  answers as answersTable,
  assessments,
  associationAnalysts,
  associations,
  associationSectors,
  customsReviewers,
  memberships,
  organisations,
  platformAdmins,
  users,
} from "./schema";

type DemoOrganisation = [name: string, sector: Sector, sizeBand: SizeBand, region: PortRegion, domain: string];

// Fictional organisations, enough per sector for benchmark cells to reach the minimum group.
const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  ["Maasvlakte Container Terminal", "terminal_operator", "250+", "rotterdam_rijnmond", "maasvlakte-terminal"],
  ["Waalhaven Multimodal", "terminal_operator", "50-249", "rotterdam_rijnmond", "waalhaven-multimodal"],
  ["Botlek Bulk & Breakbulk", "terminal_operator", "50-249", "rotterdam_rijnmond", "botlek-bulk"],
  ["Westhaven Terminal Amsterdam", "terminal_operator", "50-249", "amsterdam_noordzeekanaal", "westhaven-terminal"],
  ["Scheldepoort Containers", "terminal_operator", "250+", "north_sea_port", "scheldepoort"],
  ["Eemshaven Shortsea Terminal", "terminal_operator", "10-49", "groningen_seaports", "eemshaven-shortsea"],
  ["Moerdijk Barge Terminal", "terminal_operator", "10-49", "moerdijk", "moerdijk-barge"],
  ["Van Dijk Transport", "road_haulier", "10-49", "rotterdam_rijnmond", "vandijk-transport"],
  ["Brabant Container Trucking", "road_haulier", "50-249", "moerdijk", "brabant-trucking"],
  ["Zeeuwse Wegtransport", "road_haulier", "1-9", "north_sea_port", "zeeuwse-wegtransport"],
  ["Noordzee Logistiek Transport", "road_haulier", "10-49", "amsterdam_noordzeekanaal", "noordzee-logistiek"],
  ["Rijnmond Reefer Haulage", "road_haulier", "1-9", "rotterdam_rijnmond", "rijnmond-reefer"],
  ["Delta Forwarding", "forwarder_customs_broker", "10-49", "rotterdam_rijnmond", "delta-forwarding"],
  ["Douanezaken Nederland", "forwarder_customs_broker", "1-9", "schiphol", "douanezaken"],
  ["Fresh Fruit Forwarders", "forwarder_customs_broker", "10-49", "rotterdam_rijnmond", "fresh-fruit-fwd"],
  ["Atlantic Line Agencies", "shipping_line_agent", "50-249", "rotterdam_rijnmond", "atlantic-agencies"],
  ["Coldstore Vlissingen", "warehouse_depot", "50-249", "north_sea_port", "coldstore-vlissingen"],
  ["Empty Depot Pernis", "warehouse_depot", "10-49", "rotterdam_rijnmond", "depot-pernis"],
  ["Havendiensten Sjorren & Meren", "port_services", "50-249", "rotterdam_rijnmond", "sjorren-meren"],
  ["Rijn Barge Lines", "barge_rail_operator", "10-49", "inland", "rijn-barge"],
  ["Schiphol Cargo Handling", "air_cargo_handler", "250+", "schiphol", "schiphol-cargo"],
  ["Havenbedrijf Noordkust", "port_authority", "250+", "groningen_seaports", "havenbedrijf-noordkust"],
  ["Gemeente Havenstad", "municipality", "250+", "rotterdam_rijnmond", "gemeente-havenstad"],
];

// Port services stay below the minimum group, so the demo always shows a suppressed sector.
const DEMO_SECTORS: Record<Sector, { total: number; sizes: [number, number, number, number]; nouns: string[] }> = {
  terminal_operator: {
    total: 26,
    sizes: [0, 0.25, 0.45, 0.3],
    nouns: ["Container Terminal", "Stevedoring", "Bulk Terminal", "Multipurpose Terminal"],
  },
  road_haulier: {
    total: 36,
    sizes: [0.45, 0.35, 0.15, 0.05],
    nouns: ["Transport", "Trucking", "Wegtransport", "Container Logistiek"],
  },
  forwarder_customs_broker: {
    total: 22,
    sizes: [0.3, 0.45, 0.2, 0.05],
    nouns: ["Forwarding", "Expeditie", "Customs Services", "Cargo Agents"],
  },
  shipping_line_agent: {
    total: 11,
    sizes: [0.2, 0.4, 0.3, 0.1],
    nouns: ["Shipping Agencies", "Lijnagentuur", "Maritime Agencies"],
  },
  warehouse_depot: {
    total: 14,
    sizes: [0.2, 0.45, 0.3, 0.05],
    nouns: ["Warehousing", "Container Depot", "Distributiecentrum"],
  },
  port_services: { total: 4, sizes: [0.25, 0.5, 0.25, 0], nouns: ["Havendiensten", "Bootliedenbedrijf"] },
  barge_rail_operator: { total: 10, sizes: [0.3, 0.5, 0.2, 0], nouns: ["Barge Lines", "Rail Cargo", "Binnenvaart"] },
  air_cargo_handler: { total: 6, sizes: [0, 0.2, 0.4, 0.4], nouns: ["Air Cargo Handling", "Airfreight Services"] },
  importer: { total: 8, sizes: [0.2, 0.45, 0.3, 0.05], nouns: ["Fruit Import", "Versimport", "Trading"] },
  security_firm: { total: 3, sizes: [0.2, 0.5, 0.3, 0], nouns: ["Beveiliging", "Security Services"] },
  port_authority: { total: 5, sizes: [0, 0, 0.4, 0.6], nouns: ["Havenbedrijf", "Havenschap"] },
  municipality: { total: 12, sizes: [0, 0, 0.3, 0.7], nouns: ["Gemeente"] },
  other_public_service: { total: 3, sizes: [0, 0.3, 0.4, 0.3], nouns: ["Veiligheidsregio", "Omgevingsdienst"] },
};

// Fictional place names: no real company or municipality is meant.
const PLACES = [
  "Maasoever",
  "Rijnpoort",
  "Scheldemond",
  "Waalkade",
  "Noordersluis",
  "Zuiderdok",
  "Deltahaven",
  "Botlekzijde",
  "Kreekrak",
  "Merwedijk",
  "Lekhaven",
  "Vliehaven",
  "Eemsmond",
  "Dollardkade",
  "IJmond",
  "Zaanoever",
  "Haringvliet",
  "Dintelmond",
  "Spaarnekade",
  "Oosterdok",
  "Westerkade",
  "Sloehaven",
  "Kanaalzone",
  "Beneden-Maas",
];

const REGIONS_BY_SECTOR: Partial<Record<Sector, PortRegion[]>> = {
  air_cargo_handler: ["schiphol"],
  barge_rail_operator: ["inland", "rotterdam_rijnmond", "moerdijk"],
};
const PORT_REGION_MIX: PortRegion[] = [
  "rotterdam_rijnmond",
  "rotterdam_rijnmond",
  "rotterdam_rijnmond",
  "amsterdam_noordzeekanaal",
  "north_sea_port",
  "groningen_seaports",
  "moerdijk",
  "inland",
  "other",
];

function sizeBandOf(weights: readonly number[], roll: number): SizeBand {
  let left = roll;
  for (const [index, weight] of weights.entries()) {
    if (left < weight) return SIZE_BANDS[index]!;
    left -= weight;
  }
  return SIZE_BANDS[weights.length - 1 - [...weights].reverse().findIndex((w) => w > 0)]!;
}

const slug = (name: string) =>
  name
    .toLowerCase()
    .normalize("NFD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

function demoOrganisations(next: () => number): DemoOrganisation[] {
  const all = [...DEMO_ORGANISATIONS];
  const names = new Set(all.map(([name]) => name));
  for (const [offset, [sector, plan]] of (
    Object.entries(DEMO_SECTORS) as [Sector, (typeof DEMO_SECTORS)[Sector]][]
  ).entries()) {
    let have = all.filter(([, s]) => s === sector).length;
    for (let n = 0; have < plan.total; n++) {
      if (n >= PLACES.length * plan.nouns.length) throw new Error(`Not enough demo names for ${sector}`);
      const noun = plan.nouns[(n + Math.floor(n / PLACES.length)) % plan.nouns.length]!;
      const town = PLACES[(n + offset * 5) % PLACES.length]!;
      const name =
        sector === "municipality" || sector === "port_authority" || sector === "other_public_service"
          ? `${noun} ${town}`
          : `${town} ${noun}`;
      if (names.has(name)) continue;
      names.add(name);
      const regions = REGIONS_BY_SECTOR[sector] ?? PORT_REGION_MIX;
      all.push([
        name,
        sector,
        sizeBandOf(plan.sizes, next()),
        regions[Math.floor(next() * regions.length)] ?? PORT_REGIONS[0],
        slug(name),
      ]);
      have++;
    }
  }
  return all;
}

export async function isEmpty(handle: DatabaseHandle): Promise<boolean> {
  const [row] = await handle.db.select({ n: count() }).from(users);
  return (row?.n ?? 0) === 0;
}

// Releases of the last four quarters and the current one, so a fresh start shows a trend.
export async function seedDemoData(
  handle: DatabaseHandle,
  files: QuestionnaireFile[],
  k: number,
  now = new Date(),
): Promise<void> {
  const next = random(2026);
  await seedDemoAccounts(handle, demoOrganisations(next));
  await seedDemoAssessments(handle, files, next, now);
  await seedDemoReleases(files, k, now);
  await seedDemoSharing(handle);
}

// Customs viewed the Maasvlakte terminal twice, so its transparency list is not empty.
async function seedDemoSharing(handle: DatabaseHandle): Promise<void> {
  const rows = await handle.db
    .select({ id: organisations.id, name: organisations.name, adminId: memberships.userId })
    .from(organisations)
    .innerJoin(memberships, eq(memberships.organisationId, organisations.id))
    .where(eq(memberships.role, "admin"))
    .orderBy(organisations.name);
  for (const [index, organisation] of rows.entries()) {
    const maasvlakte = organisation.name === "Maasvlakte Container Terminal";
    const admin = {
      userId: organisation.adminId,
      role: "org_admin",
      organisationId: organisation.id,
      ip: null,
    } as const;
    if (maasvlakte || index % 3 === 0)
      await grantConsent(admin, { recipient: "customs", keepLatest: maasvlakte || index % 2 === 0 });
    if (maasvlakte || index % 4 === 1) await grantConsent(admin, { recipient: "association", keepLatest: true });
    if (maasvlakte) {
      const [reviewer] = await handle.db
        .select({ id: users.id })
        .from(users)
        .where(eq(users.email, "reviewer@douane.example"));
      const [shared] = await sharingOrganisations({ recipient: "customs", organisationId: organisation.id });
      for (const purpose of ["Inspectie containerterminal 2026-114", "Zaak DOU-2026-0457: misbruik pincodes"]) {
        await recordSharedView(
          { userId: reviewer!.id, role: "customs_reviewer", organisationId: null, ip: null },
          {
            associationIds: [],
            organisationId: organisation.id,
            assessmentId: shared!.assessmentId,
            purpose,
            via: "page",
          },
          // Demo views tell nobody, and leave today's notice free for a real one.
          { notify: false },
        );
      }
    }
  }
}

async function seedDemoAccounts(handle: DatabaseHandle, demo: DemoOrganisation[]): Promise<void> {
  const passwordHash = await hash(DEMO_PASSWORD);
  await handle.db.transaction(async (tx) => {
    const insertUser = async (email: string, name: string) => {
      const secondFactor = DEMO_SIGN_INS.some((s) => s.email === email && s.secondFactor);
      const totp = secondFactor ? { totpSecret: DEMO_TOTP_SECRET, totpConfirmedAt: new Date() } : {};
      const [row] = await tx
        .insert(users)
        .values({ email, name, passwordHash, emailVerifiedAt: new Date(), ...totp })
        .returning({ id: users.id });
      if (!row) throw new Error("insert returned no row");
      return row.id;
    };
    for (const [index, [name, sector, sizeBand, region, domain]] of demo.entries()) {
      const [organisation] = await tx
        .insert(organisations)
        .values({ name, sector, sizeBand, region, kvkNumber: String(24_000_000 + index * 1_013) })
        .returning({ id: organisations.id });
      if (!organisation) throw new Error("insert returned no row");
      const adminEmail = index === 0 ? "beveiliging@maasvlakte-terminal.example" : `security@${domain}.example`;
      const adminName = index === 0 ? "Sanne de Vries" : `Security officer ${name}`;
      await tx
        .insert(memberships)
        .values({ userId: await insertUser(adminEmail, adminName), organisationId: organisation.id, role: "admin" });
      if (index === 0) {
        const memberId = await insertUser("planning@maasvlakte-terminal.example", "Mehmet Yilmaz");
        await tx.insert(memberships).values({ userId: memberId, organisationId: organisation.id, role: "member" });
      }
    }
    const [association] = await tx
      .insert(associations)
      .values({ name: "Havenvereniging Rijnmond (demo)" })
      .returning({ id: associations.id });
    if (!association) throw new Error("insert returned no row");
    const covered: Sector[] = ["terminal_operator", "road_haulier", "warehouse_depot", "port_services"];
    await tx.insert(associationSectors).values(covered.map((sector) => ({ associationId: association.id, sector })));
    await tx.insert(associationAnalysts).values({
      userId: await insertUser("analist@havenvereniging.example", "Pieter Bakker"),
      associationId: association.id,
    });
    const [publicAssociation] = await tx
      .insert(associations)
      .values({ name: "Vereniging Publieke Havendiensten (demo)" })
      .returning({ id: associations.id });
    if (!publicAssociation) throw new Error("insert returned no row");
    const publicSectors: Sector[] = ["port_authority", "municipality", "other_public_service"];
    await tx
      .insert(associationSectors)
      .values(publicSectors.map((sector) => ({ associationId: publicAssociation.id, sector })));
    await tx.insert(associationAnalysts).values({
      userId: await insertUser("analist@publieke-havens.example", "Anouk Jansen"),
      associationId: publicAssociation.id,
    });
    await tx
      .insert(customsReviewers)
      .values({ userId: await insertUser("reviewer@douane.example", "Fatima El Amrani") });
    const platformAdmin = await insertUser("beheer@weerbaar.example", "Platform beheer");
    await tx.insert(platformAdmins).values({ userId: platformAdmin });
    // Verified before the first demo release, so they count in all four; a few wait, so the
    // verification queue is not empty.
    await tx
      .update(organisations)
      .set({ verifiedAt: new Date(Date.now() - DEMO_VERIFIED_DAYS_AGO * DAY), verifiedBy: platformAdmin })
      .where(
        notInArray(
          organisations.name,
          demo.filter((_, index) => index % UNVERIFIED_EVERY === UNVERIFIED_EVERY - 1).map(([name]) => name),
        ),
      );
  });
}

const DEMO_VERIFIED_DAYS_AGO = 540;
const UNVERIFIED_EVERY = 50;

export function printDemoSignIns(log: (line: string) => void = console.log): void {
  log(`Demo sign-ins (password for all: ${DEMO_PASSWORD}):`);
  for (const { role, email } of DEMO_SIGN_INS) log(`  ${role.padEnd(20)} ${email}`);
  log(
    `Analysts, the reviewer and the admin also need a code: add the key ${DEMO_TOTP_SECRET} to an authenticator app.`,
  );
}

// Deterministic, so every fresh start shows the same demo figures.
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function demoAnswers(questionnaire: Questionnaire, sector: Sector, maturity: number, next: () => number) {
  const answers = new Map<string, { value: AnswerValue }>();
  for (const question of questionnaire.profile) {
    const option = question.options[Math.floor(next() * question.options.length)]!;
    answers.set(question.id, {
      value:
        question.kind === "multiple"
          ? { kind: "choices", options: [option.id] }
          : { kind: "choice", option: option.id },
    });
  }
  const visible = visibleQuestionIds(questionnaire, sector, answers);
  for (const theme of themesFor(questionnaire, sector, answers)) {
    for (const question of theme.questions) {
      if (!visible.has(question.id) || !question.options) continue;
      const roll = next();
      if (question.dontKnow && roll < 0.04) {
        answers.set(question.id, { value: { kind: "dont_know" } });
        continue;
      }
      if (question.notApplicable && roll > 0.97) {
        answers.set(question.id, {
          value: { kind: "not_applicable", ground: "no_such_asset", reason: "Demo: geen eigen terrein" },
        });
        continue;
      }
      const byScore = [...question.options].sort((a, b) => a.score - b.score);
      const position = Math.min(byScore.length - 1, Math.floor((maturity * 0.7 + next() * 0.5) * byScore.length));
      const option = byScore[position]!;
      answers.set(question.id, {
        value:
          question.kind === "multiple"
            ? { kind: "choices", options: [option.id] }
            : { kind: "choice", option: option.id },
      });
    }
  }
  return answers;
}

const MATURITY_BY_SIZE: Record<SizeBand, number> = { "1-9": 0.22, "10-49": 0.38, "50-249": 0.52, "250+": 0.66 };
const MATURITY_BY_SECTOR: Partial<Record<Sector, number>> = {
  terminal_operator: 0.06,
  air_cargo_handler: 0.1,
  port_authority: 0.06,
  forwarder_customs_broker: -0.04,
  road_haulier: -0.08,
  warehouse_depot: -0.03,
  municipality: -0.06,
};

const DAY = 24 * 3600 * 1000;
const CURRENT_VERSION_AGE_DAYS = 90;

// The Maasvlakte terminal has two assessments six months apart, so its report shows change.
export async function seedDemoAssessments(
  handle: DatabaseHandle,
  files: QuestionnaireFile[],
  next: () => number,
  now: Date,
): Promise<void> {
  const named = new Set(DEMO_ORGANISATIONS.map(([name]) => name));
  const rows = await handle.db
    .select({
      id: organisations.id,
      sector: organisations.sector,
      sizeBand: organisations.sizeBand,
      name: organisations.name,
      adminId: memberships.userId,
    })
    .from(organisations)
    .innerJoin(memberships, eq(memberships.organisationId, organisations.id))
    .where(eq(memberships.role, "admin"))
    .orderBy(organisations.name);
  for (const organisation of rows) {
    const serves = (f: QuestionnaireFile) => f.questionnaire.sectors.includes(organisation.sector);
    const current = files.find((f) => !f.archived && serves(f))?.questionnaire;
    if (!current) continue;
    // Rounds from before the current version was published were answered on the one before.
    const earlier = files
      .filter((f) => f.archived && f.questionnaire.id === current.id && serves(f))
      .map((f) => f.questionnaire)
      .sort((a, b) => b.version - a.version)[0];
    const maturity = Math.min(
      0.95,
      Math.max(
        0.05,
        MATURITY_BY_SIZE[organisation.sizeBand] + (MATURITY_BY_SECTOR[organisation.sector] ?? 0) + (next() - 0.5) * 0.3,
      ),
    );
    const rounds: { maturity: number; daysAgo: number }[] = [];
    if (organisation.name === "Maasvlakte Container Terminal") {
      rounds.push({ maturity: 0.35, daysAgo: 182 }, { maturity: 0.6, daysAgo: 3 });
    } else if (named.has(organisation.name)) {
      rounds.push({ maturity, daysAgo: 3 + Math.floor(next() * 60) });
    } else {
      const latest = Math.floor(next() * 450);
      if (next() < 0.5)
        rounds.push({ maturity: Math.max(0.05, maturity - 0.15), daysAgo: latest + 180 + Math.floor(next() * 180) });
      rounds.push({ maturity, daysAgo: latest });
    }
    for (const round of rounds) {
      const at = new Date(now.getTime() - round.daysAgo * DAY);
      const questionnaire = earlier && round.daysAgo > CURRENT_VERSION_AGE_DAYS ? earlier : current;
      const [assessment] = await handle.db
        .insert(assessments)
        .values({
          organisationId: organisation.id,
          questionnaireId: questionnaire.id,
          questionnaireVersion: questionnaire.version,
          createdBy: organisation.adminId,
        })
        .returning({ id: assessments.id });
      if (!assessment) throw new Error("insert returned no row");
      const answers = demoAnswers(questionnaire, organisation.sector, round.maturity, next);
      await handle.db.insert(answersTable).values(
        [...answers].map(([questionId, { value }]) => ({
          assessmentId: assessment.id,
          questionId,
          value,
          answeredBy: organisation.adminId,
        })),
      );
      const admin = {
        userId: organisation.adminId,
        role: "org_admin",
        organisationId: organisation.id,
        ip: null,
      } as const;
      await submitAssessment(admin, assessment.id);
      await handle.db
        .update(assessments)
        .set({ submittedAt: at, createdAt: new Date(at.getTime() - 14 * DAY) })
        .where(eq(assessments.id, assessment.id));
    }
  }
}

async function seedDemoReleases(files: QuestionnaireFile[], k: number, now: Date): Promise<void> {
  const quarterMonth = Math.floor(now.getUTCMonth() / 3) * 3;
  // The last moment before the start of each of the four quarters up to the current one, and
  // now: the current quarter's release is there too, so the first start does not release it
  // again with a notice to every demo address.
  const ends = [9, 6, 3, 0].map((back) => new Date(Date.UTC(now.getUTCFullYear(), quarterMonth - back, 1) - 1));
  for (const asOf of [...ends, now]) {
    for (const { questionnaire } of files.filter((f) => !f.archived)) {
      await computeRelease({ questionnaireId: questionnaire.id, k, quarter: quarterOf(asOf), asOf, notify: false });
    }
  }
}
