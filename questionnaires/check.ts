// npm run questionnaires:check — validates every questionnaire file, printing `file: path: message`.
import { fileURLToPath } from "node:url";
import { loadQuestionnaireFiles } from "../app/models/questionnaire-files.server";

const result = await loadQuestionnaireFiles(fileURLToPath(new URL(".", import.meta.url)));
if (!result.ok) {
  for (const problem of result.problems) console.error(problem);
  process.exitCode = 1;
} else {
  for (const { file, questionnaire: q } of result.files) {
    const questions = q.themes.reduce((n, t) => n + t.questions.length, 0);
    console.log(
      `${file}: version ${q.version}, ${q.profile.length} profile questions, ${q.themes.length} themes, ${questions} control questions, ${q.advice.length} advice items`,
    );
    // The site refuses "not applicable" on these; the next version should name the profile fact or drop the offer.
    for (const question of q.themes.flatMap((t) => t.questions)) {
      if (question.critical && question.notApplicable && !question.notApplicableIf) {
        console.warn(`${file}: ${question.id}: a must-have offers "not applicable" without notApplicableIf, so it is never accepted`);
      }
    }
  }
}
