import { hash } from "@node-rs/argon2";
import { count, eq, sql } from "drizzle-orm";
import { themesFor, visibleQuestionIds, type AnswerValue } from "../app/domain/assessment";
import type { Questionnaire } from "../app/domain/questionnaire";
import { submitAssessment } from "../app/models/assessment.server";
import type { QuestionnaireFile } from "../app/models/questionnaire-files.server";
import type { PortRegion, Sector, SizeBand } from "../app/domain/organisation";
import type { DatabaseHandle } from "./client";
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

/** The one password of every demo account; printed at start, never used outside demo data. */
export const DEMO_PASSWORD = "weerbaar-demo-2026";

export const DEMO_SIGN_INS = [
  { role: "org admin", email: "beveiliging@maasvlakte-terminal.example" },
  { role: "member", email: "planning@maasvlakte-terminal.example" },
  { role: "association analyst", email: "analist@havenvereniging.example" },
  { role: "customs reviewer", email: "reviewer@douane.example" },
  { role: "platform admin", email: "beheer@weerbaar.example" },
] as const;

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

export async function isEmpty(handle: DatabaseHandle): Promise<boolean> {
  const [row] = await handle.db.select({ n: count() }).from(users);
  return (row?.n ?? 0) === 0;
}

/** Loads the demo organisations and accounts, then their assessments. */
export async function seedDemoData(handle: DatabaseHandle, files: QuestionnaireFile[]): Promise<void> {
  await seedDemoAccounts(handle);
  await seedDemoAssessments(handle, files);
}

async function seedDemoAccounts(handle: DatabaseHandle): Promise<void> {
  const passwordHash = await hash(DEMO_PASSWORD);
  await handle.db.transaction(async (tx) => {
    const insertUser = async (email: string, name: string) => {
      const [row] = await tx.insert(users).values({ email, name, passwordHash }).returning({ id: users.id });
      if (!row) throw new Error("insert returned no row");
      return row.id;
    };
    for (const [index, [name, sector, sizeBand, region, domain]] of DEMO_ORGANISATIONS.entries()) {
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
    await tx.insert(customsReviewers).values({ userId: await insertUser("reviewer@douane.example", "Fatima El Amrani") });
    await tx.insert(platformAdmins).values({ userId: await insertUser("beheer@weerbaar.example", "Platform beheer") });
  });
}

export function printDemoSignIns(log: (line: string) => void = console.log): void {
  log(`Demo sign-ins (password for all: ${DEMO_PASSWORD}):`);
  for (const { role, email } of DEMO_SIGN_INS) log(`  ${role.padEnd(20)} ${email}`);
}

/** A small deterministic generator, so every fresh start shows the same demo figures. */
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

/**
 * Answers a questionnaire as an organisation of a given maturity (0–1) would: more mature
 * organisations pick better-scoring options more often; some "don't know" and "not applicable".
 */
function demoAnswers(questionnaire: Questionnaire, sector: Sector, maturity: number, next: () => number) {
  const answers = new Map<string, { value: AnswerValue }>();
  for (const question of questionnaire.profile) {
    const option = question.options[Math.floor(next() * question.options.length)]!;
    answers.set(question.id, { value: question.kind === "multiple" ? { kind: "choices", options: [option.id] } : { kind: "choice", option: option.id } });
  }
  const visible = visibleQuestionIds(questionnaire, sector, answers);
  for (const theme of themesFor(questionnaire, sector)) {
    for (const question of theme.questions) {
      if (!visible.has(question.id) || !question.options) continue;
      const roll = next();
      if (question.dontKnow && roll < 0.04) {
        answers.set(question.id, { value: { kind: "dont_know" } });
        continue;
      }
      if (question.notApplicable && roll > 0.97) {
        answers.set(question.id, { value: { kind: "not_applicable", reason: "Demo: geen eigen terrein" } });
        continue;
      }
      const byScore = [...question.options].sort((a, b) => a.score - b.score);
      // Skew towards better options as maturity rises, with noise.
      const position = Math.min(byScore.length - 1, Math.floor((maturity * 0.7 + next() * 0.5) * byScore.length));
      const option = byScore[position]!;
      answers.set(question.id, {
        value: question.kind === "multiple" ? { kind: "choices", options: [option.id] } : { kind: "choice", option: option.id },
      });
    }
  }
  return answers;
}

/**
 * Gives every demo organisation a submitted assessment of the questionnaire for its sector,
 * and the first one an earlier assessment too, so reports show figures and change.
 */
export async function seedDemoAssessments(handle: DatabaseHandle, files: QuestionnaireFile[]): Promise<void> {
  const rows = await handle.db
    .select({ id: organisations.id, sector: organisations.sector, name: organisations.name, adminId: memberships.userId })
    .from(organisations)
    .innerJoin(memberships, eq(memberships.organisationId, organisations.id))
    .where(eq(memberships.role, "admin"))
    .orderBy(organisations.name);
  const next = random(2026);
  for (const [index, organisation] of rows.entries()) {
    const file = files.find((f) => f.questionnaire.sectors.includes(organisation.sector));
    if (!file) continue;
    const { questionnaire } = file;
    const rounds = organisation.name === "Maasvlakte Container Terminal" ? [0.35, 0.6] : [0.2 + ((index * 37) % 60) / 100];
    for (const [round, maturity] of rounds.entries()) {
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
      const answers = demoAnswers(questionnaire, organisation.sector, maturity, next);
      await handle.db.insert(answersTable).values(
        [...answers].map(([questionId, { value }]) => ({
          assessmentId: assessment.id,
          questionId,
          value,
          answeredBy: organisation.adminId,
        })),
      );
      await submitAssessment({ organisationId: organisation.id, userId: organisation.adminId, ip: null, assessmentId: assessment.id });
      const monthsAgo = rounds.length - 1 - round;
      if (monthsAgo > 0) {
        await handle.db
          .update(assessments)
          .set({ submittedAt: sql`now() - interval '6 months'`, createdAt: sql`now() - interval '6 months'` })
          .where(eq(assessments.id, assessment.id));
      }
    }
  }
}
