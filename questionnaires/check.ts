// npm run questionnaires:check — validates every questionnaire file, printing `file: path: message`,
// and holds the current version of each to the content rules of quality.ts.
import { fileURLToPath } from "node:url";
import { loadQuestionnaireFiles } from "../app/models/questionnaire-files.server";
import { qualityProblems } from "./quality";

const result = await loadQuestionnaireFiles(fileURLToPath(new URL(".", import.meta.url)));
if (!result.ok) {
  for (const problem of result.problems) console.error(problem);
  process.exitCode = 1;
} else {
  for (const { file, questionnaire: q, archived } of result.files) {
    const questions = q.themes.reduce((n, t) => n + t.questions.length, 0);
    console.log(
      `${file}: version ${q.version}${archived ? " (archived)" : ""}, ${q.profile.length} profile questions, ${q.themes.length} themes, ${questions} control questions, ${q.advice.length} advice items`,
    );
    if (archived) continue;
    const problems = qualityProblems(q);
    for (const problem of problems) console.error(`${file}: ${problem}`);
    if (problems.length > 0) process.exitCode = 1;
  }
}
