import { fileURLToPath } from "node:url";
import { readConfig } from "../app/server/config.server";
import { loadQuestionnaireFiles } from "../app/models/questionnaire-files.server";
import { publishQuestionnaires } from "../app/models/questionnaire.server";
import { openDatabase, setDatabase } from "./client";
import { migrateDatabase } from "./migrate";
import { isEmpty, printDemoSignIns, seedDemoData } from "./seed";

// Loading demo data is a deliberate act: it refuses a database that already holds accounts.
const config = readConfig();
const questionnaires = await loadQuestionnaireFiles(fileURLToPath(new URL("../questionnaires", import.meta.url)));
if (!questionnaires.ok) throw new Error(questionnaires.problems.join("\n"));
const handle = await openDatabase({ url: config.databaseUrl, dataDir: `${config.dataDir}/pglite` });
try {
  await migrateDatabase(handle);
  setDatabase(handle);
  const { problems } = await publishQuestionnaires(questionnaires.files);
  if (problems.length > 0) throw new Error(problems.join("\n"));
  if (!(await isEmpty(handle))) {
    console.error("The database already holds accounts: demo data is only loaded into an empty database.");
    process.exitCode = 1;
  } else {
    await seedDemoData(handle, questionnaires.files, config.benchmarkK);
    printDemoSignIns();
  }
} finally {
  await handle.close();
}
