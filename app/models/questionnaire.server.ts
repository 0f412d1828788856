import { and, desc, eq } from "drizzle-orm";
import { database, type Database } from "../../db/client";
import { questionnaireVersions } from "../../db/schema";
import type { Sector } from "~/domain/organisation";
import { QuestionnaireSchema, type Questionnaire } from "~/domain/questionnaire";
import type { QuestionnaireFile } from "./questionnaire-files.server";

// Published versions never change, so a parsed copy can be kept for the life of the process.
const parsedVersions = new Map<string, Questionnaire>();

// Pass the transaction: the embedded database has one connection, so a query beside it hangs.
export async function getQuestionnaire(
  questionnaireId: string,
  version: number,
  tx: Pick<Database, "select"> = database(),
): Promise<Questionnaire | null> {
  const key = `${questionnaireId}@${version}`;
  const cached = parsedVersions.get(key);
  if (cached) return cached;
  const [row] = await tx
    .select({ content: questionnaireVersions.content })
    .from(questionnaireVersions)
    .where(and(eq(questionnaireVersions.questionnaireId, questionnaireId), eq(questionnaireVersions.version, version)));
  if (!row) return null;
  const questionnaire = QuestionnaireSchema.parse(row.content);
  parsedVersions.set(key, questionnaire);
  return questionnaire;
}

export async function questionnairesFor(sector: Sector): Promise<Questionnaire[]> {
  return (await latestQuestionnaires()).filter((q) => q.sectors.includes(sector));
}

export async function latestQuestionnaires(): Promise<Questionnaire[]> {
  const rows = await database()
    .selectDistinctOn([questionnaireVersions.questionnaireId], {
      questionnaireId: questionnaireVersions.questionnaireId,
      version: questionnaireVersions.version,
    })
    .from(questionnaireVersions)
    .orderBy(questionnaireVersions.questionnaireId, desc(questionnaireVersions.version));
  const latest = await Promise.all(rows.map((r) => getQuestionnaire(r.questionnaireId, r.version)));
  return latest.filter((q): q is Questionnaire => q !== null);
}

// Published versions are frozen: a change needs a new version.
export async function publishQuestionnaires(files: QuestionnaireFile[]): Promise<{ problems: string[] }> {
  const problems: string[] = [];
  for (const { file, questionnaire, contentHash } of files) {
    const key = and(
      eq(questionnaireVersions.questionnaireId, questionnaire.id),
      eq(questionnaireVersions.version, questionnaire.version),
    );
    const [stored] = await database()
      .select({ contentHash: questionnaireVersions.contentHash })
      .from(questionnaireVersions)
      .where(key);
    if (!stored) {
      await database()
        .insert(questionnaireVersions)
        .values({
          questionnaireId: questionnaire.id,
          version: questionnaire.version,
          contentHash,
          content: questionnaire,
        })
        .onConflictDoNothing();
    } else if (stored.contentHash !== contentHash) {
      problems.push(
        `${file}: version ${questionnaire.version} is already published with other content; raise "version" to publish the change`,
      );
    }
  }
  return { problems };
}
