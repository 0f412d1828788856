import { fileURLToPath } from "node:url";
import { and, desc, eq, inArray } from "drizzle-orm";
import { setDatabase, type DatabaseHandle } from "../../db/client";
import { migrateDatabase } from "../../db/migrate";
import { assessments, memberships, organisations, users } from "../../db/schema";
import { isEmpty, seedDemoData } from "../../db/seed";
import { themesFor, visibleQuestionIds } from "~/domain/assessment";
import type { Questionnaire } from "~/domain/questionnaire";
import { getAnswers, startAssessment } from "~/models/assessment.server";
import { getQuestionnaire } from "~/models/questionnaire.server";
import { loadQuestionnaireFiles, type QuestionnaireFile } from "~/models/questionnaire-files.server";
import { publishQuestionnaires } from "~/models/questionnaire.server";
import { startSession } from "~/models/session.server";

export const QUESTIONNAIRE = "port-logistics";
const ORG_ADMIN = "beveiliging@maasvlakte-terminal.example";
const ANALYST = "analist@havenvereniging.example";
const CUSTOMS_REVIEWER = "reviewer@douane.example";

export interface BenchPage {
  name: string;
  path: string;
  cookie: string | null;
}

/** One autosaving user: an assessment, a question, two options to alternate between. */
export interface Saver {
  cookie: string;
  assessmentId: string;
  questionId: string;
  options: [string, string];
  /** The answer's revision in the draft: a new draft starts from the last submitted answers. */
  revision: number;
}

export interface BenchSetup {
  files: QuestionnaireFile[];
  questionnaire: Questionnaire;
  pages: BenchPage[];
  /** Savers on different assessments, one each. */
  spreadSavers: Saver[];
  /** Savers on one assessment, each on a question of their own. */
  sharedSavers: Saver[];
}

export async function loadFiles(): Promise<QuestionnaireFile[]> {
  const loaded = await loadQuestionnaireFiles(fileURLToPath(new URL("../../questionnaires", import.meta.url)));
  if (!loaded.ok) throw new Error(loaded.problems.join("\n"));
  return loaded.files;
}

/** Migrates, publishes the questionnaires and makes the database current. */
export async function prepareDatabase(handle: DatabaseHandle, files: QuestionnaireFile[]): Promise<void> {
  await migrateDatabase(handle);
  setDatabase(handle);
  const { problems } = await publishQuestionnaires(files);
  if (problems.length > 0) throw new Error(problems.join("\n"));
}

/**
 * A session as a browser holds it after signing in: created by the model the sign-in uses,
 * so a second factor or other sign-in steps do not change the benchmark.
 */
async function sessionCookie(userId: string): Promise<string> {
  const setCookie = await startSession(new Request("http://localhost/"), userId);
  return setCookie.split(";")[0]!;
}

async function userId(handle: DatabaseHandle, email: string): Promise<string> {
  const [row] = await handle.db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (!row) throw new Error(`demo account ${email} missing`);
  return row.id;
}

/**
 * Questions a saver can answer on a new draft of `sector` without any other answer: visible,
 * with options, one option at a time.
 */
function answerableQuestions(questionnaire: Questionnaire, sector: Parameters<typeof themesFor>[1]) {
  const visible = visibleQuestionIds(questionnaire, sector, new Map());
  return themesFor(questionnaire, sector, new Map())
    .flatMap((t) => t.questions)
    .filter((q) => visible.has(q.id) && q.kind !== "multiple" && q.kind !== "number" && (q.options?.length ?? 0) >= 2)
    .map((q) => ({ questionId: q.id, options: [q.options![0]!.id, q.options![1]!.id] as [string, string] }));
}

async function saverOn(
  cookie: string,
  assessmentId: string,
  question: ReturnType<typeof answerableQuestions>[number],
): Promise<Saver> {
  const revision = (await getAnswers({ assessmentId })).get(question.questionId)?.revision ?? 0;
  return { cookie, assessmentId, ...question, revision };
}

/**
 * Loads the demo data into the empty bench database, then prepares what the load steps use:
 * a signed-in session per role, a draft in progress (a copy of a submitted assessment), and
 * drafts for the autosave step, each of a different organisation.
 */
export async function prepareBench(
  handle: DatabaseHandle,
  options: { savers: number; sharedSavers: number; k: number },
): Promise<BenchSetup> {
  const files = await loadFiles();
  await prepareDatabase(handle, files);
  if (!(await isEmpty(handle))) throw new Error("the bench database already holds accounts");
  await seedDemoData(handle, files, options.k);

  const questionnaire = files.find((f) => !f.archived && f.questionnaire.id === QUESTIONNAIRE)!.questionnaire;
  const servedSectors = questionnaire.sectors;
  const admins = await handle.db
    .select({
      userId: memberships.userId,
      organisationId: organisations.id,
      sector: organisations.sector,
      email: users.email,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.role, "admin"), inArray(organisations.sector, servedSectors)))
    .orderBy(organisations.name);
  const orgAdmin = admins.find((a) => a.email === ORG_ADMIN);
  if (!orgAdmin) throw new Error(`demo account ${ORG_ADMIN} missing`);
  const actor = {
    organisationId: orgAdmin.organisationId,
    userId: orgAdmin.userId,
    role: "org_member",
    ip: null,
  } as const;

  const [submitted] = await handle.db
    .select({ id: assessments.id, version: assessments.questionnaireVersion })
    .from(assessments)
    .where(
      and(
        eq(assessments.organisationId, actor.organisationId),
        eq(assessments.status, "submitted"),
        eq(assessments.questionnaireId, QUESTIONNAIRE),
      ),
    )
    .orderBy(desc(assessments.submittedAt))
    .limit(1);
  if (!submitted) throw new Error("the demo organisation has no submitted assessment");
  const inProgress = (
    await startAssessment(actor, { sector: orgAdmin.sector, questionnaireId: QUESTIONNAIRE, copyFrom: submitted.id })
  )?.id;
  if (!inProgress) throw new Error("could not start an assessment");
  const theme = themesFor(
    (await getQuestionnaire(QUESTIONNAIRE, submitted.version))!,
    orgAdmin.sector,
    await getAnswers({ assessmentId: inProgress }),
  )[0]!;

  const orgCookie = await sessionCookie(orgAdmin.userId);
  const pages: BenchPage[] = [
    { name: "landing", path: "/", cookie: null },
    { name: "theme page", path: `/assessments/${inProgress}/themes/${theme.id}`, cookie: orgCookie },
    { name: "report", path: `/assessments/${submitted.id}/report`, cookie: orgCookie },
    {
      name: "association benchmark",
      path: `/benchmarks/${QUESTIONNAIRE}`,
      cookie: await sessionCookie(await userId(handle, ANALYST)),
    },
    { name: "customs overview", path: "/customs", cookie: await sessionCookie(await userId(handle, CUSTOMS_REVIEWER)) },
  ];

  const others = admins.filter((a) => a.email !== ORG_ADMIN);
  if (others.length < options.savers)
    throw new Error(`the demo has ${others.length} organisations for ${options.savers} savers`);
  const spreadSavers: Saver[] = [];
  for (const admin of others.slice(0, options.savers)) {
    const member = {
      userId: admin.userId,
      role: "org_member",
      organisationId: admin.organisationId,
      ip: null,
    } as const;
    const assessmentId = (await startAssessment(member, { sector: admin.sector, questionnaireId: QUESTIONNAIRE }))?.id;
    if (!assessmentId) throw new Error("could not start an assessment");
    const [question] = answerableQuestions(questionnaire, admin.sector);
    spreadSavers.push(await saverOn(await sessionCookie(admin.userId), assessmentId, question!));
  }

  const shared = (await startAssessment(actor, { sector: orgAdmin.sector, questionnaireId: QUESTIONNAIRE }))?.id;
  if (!shared) throw new Error("could not start an assessment");
  const questions = answerableQuestions(questionnaire, orgAdmin.sector);
  if (questions.length < options.sharedSavers)
    throw new Error(`only ${questions.length} questions for ${options.sharedSavers} savers`);
  const sharedSavers: Saver[] = [];
  for (const question of questions.slice(0, options.sharedSavers)) {
    // Each saver signs in on their own, as colleagues filling in one assessment do.
    sharedSavers.push(await saverOn(await sessionCookie(orgAdmin.userId), shared, question));
  }
  return { files, questionnaire, pages, spreadSavers, sharedSavers };
}
