import { and, eq } from "drizzle-orm";
import { database } from "../../db/client";
import { questionnaireVersions } from "../../db/schema";
import type { QuestionnaireFile } from "./questionnaire-files.server";

/**
 * Stores each file's version with its full content and hash. A version already stored with
 * other content is refused: published versions are frozen, a change needs a new version.
 */
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
