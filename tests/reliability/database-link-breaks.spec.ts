import postgres from "postgres";
import { expect, signUpTerminal, test, uniqueEmail } from "../e2e/fixtures";
import { createPostgresDatabase, POSTGRES_SERVER_URL } from "../fixtures/postgres";
import { postAnswer, singleChoiceQuestions, startDraft } from "./answers";
import { BASE_PORT, startApp, startDatabaseLink, type AppServer } from "./processes";

const APP_PORT = BASE_PORT + 7;
const LINK_PORT = BASE_PORT + 8;
// Each round breaks the link at a later chunk the app sends, from the first bytes of a new
// connection (start-up, type lookup) to the queries of the pages and the answer's transaction.
const ROUNDS = 24;

test.use({ baseURL: `http://localhost:${APP_PORT}` });

test("the database link breaks at any point of the conversation: every request is answered, none takes the server down, acknowledged answers are stored", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(300_000);
  const database = await createPostgresDatabase(POSTGRES_SERVER_URL);
  const server = new URL(POSTGRES_SERVER_URL);
  const link = await startDatabaseLink({ host: server.hostname, port: Number(server.port || 5432) }, LINK_PORT);
  const throughLink = new URL(database.url);
  throughLink.host = `127.0.0.1:${LINK_PORT}`;
  const sql = postgres(database.url, { max: 1, onnotice: () => {} });
  let app: AppServer | undefined;
  try {
    app = await startApp({ port: APP_PORT, databaseUrl: throughLink.href });
    await signUpTerminal(page, uniqueEmail("verbinding"));
    const assessmentId = await startDraft(page.request, baseURL!);
    const themes = ["p1", "p2", "p3", "p4"].map((id) => `/assessments/${assessmentId}/themes/${id}`);
    const questions = [];
    for (const theme of themes) {
      await page.goto(theme);
      questions.push(...(await singleChoiceQuestions(page)));
    }
    expect(questions.length).toBeGreaterThanOrEqual(ROUNDS);

    const answered = (status: number) => status === 200 || status === 503;
    const acknowledged: { questionId: string; option: string }[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      // Start each round with the app talking to the database again.
      await expect.poll(() => page.request.get(themes[0]!).then((r) => r.status()), { timeout: 60_000 }).toBe(200);
      let chunks = 0;
      link.cutWhen(() => ++chunks > round);
      const question = questions[round]!;
      const option = question.options[0]!;
      const write = { assessmentId, questionId: question.questionId, option, baseRevision: 0 };
      // A request the server drops (the process gone, or the socket closed unanswered) fails
      // here at the network level, which no status can stand for.
      const [saved, ...loads] = await Promise.all([
        postAnswer(page.request, baseURL!, write),
        ...[themes[round % themes.length]!, `/assessments/${assessmentId}/report`, "/"].map((path) =>
          page.request.get(path).then((r) => r.status()),
        ),
      ]);
      expect(answered(saved!.status), `round ${round}: the answer got ${saved!.status}`).toBe(true);
      for (const status of loads) expect(answered(status as number), `round ${round}: a page got ${status}`).toBe(true);
      if (saved!.ok) acknowledged.push({ questionId: question.questionId, option });
      await link.restore().catch(() => {}); // already listening when this round's cut never came
    }

    // Every acknowledged answer is stored; one whose reply the break took may be stored too.
    const stored = await sql<{ questionId: string; option: string }[]>`
      select question_id as "questionId", value->>'option' as option from answers where assessment_id = ${assessmentId}`;
    expect(stored).toEqual(expect.arrayContaining(acknowledged));
    await expect.poll(() => page.request.get(themes[0]!).then((r) => r.status()), { timeout: 60_000 }).toBe(200);
    const counts = `${ROUNDS} rounds of 4 requests, ${acknowledged.length} answers acknowledged, ${stored.length} stored, 0 requests dropped`;
    test.info().annotations.push({ type: "counts", description: counts });
  } finally {
    await app?.stop();
    await link.close();
    await sql.end();
    await database.drop();
  }
});
