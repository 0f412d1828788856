import { expect, signUpTerminal, test, uniqueEmail } from "../e2e/fixtures";
import { postAnswer, singleChoiceQuestions, startDraft } from "./answers";
import { BASE_PORT, startApp, databaseBehindLink, type AppServer } from "./processes";

const APP_PORT = BASE_PORT + 7;
const LINK_PORT = BASE_PORT + 8;
// Each round breaks the link at a later chunk the app sends, from the first bytes of a new
// connection (start-up, type lookup) to the queries of the pages and the answer's transaction:
// a round sends about 56 chunks when nothing breaks.
const ROUNDS = 60;

test.use({ baseURL: `http://localhost:${APP_PORT}` });

test("the database link breaks at any point of the conversation: every request is answered, none takes the server down, acknowledged answers are stored", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(300_000);
  const { link, appUrl, sql, close } = await databaseBehindLink(LINK_PORT);
  let app: AppServer | undefined;
  try {
    app = await startApp({ port: APP_PORT, databaseUrl: appUrl });
    await signUpTerminal(page, uniqueEmail("verbinding"));
    const assessmentId = await startDraft(page.request, baseURL!);
    // The themes a terminal operator is shown (the transport theme is for hauliers).
    const themes: string[] = [];
    const questions = [];
    for (let n = 1; n <= 10; n++) {
      const theme = `/assessments/${assessmentId}/themes/p${n}`;
      if ((await page.goto(theme))?.status() !== 200) continue;
      themes.push(theme);
      questions.push(...(await singleChoiceQuestions(page)));
    }
    expect(questions.length).toBeGreaterThanOrEqual(ROUNDS);

    const answered = (status: number) => status === 200 || status === 503;
    const acknowledged: { questionId: string; option: string }[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      // Start each round with the app talking to the database again.
      await expect
        .poll(() => page.request.get(themes[0]!).then((r) => r.status()), {
          timeout: 60_000,
          message: `before round ${round}`,
        })
        .toBe(200);
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
          page.request.get(path).then((r) => `${r.status()} ${path}`),
        ),
      ]);
      expect(answered(saved!.status), `round ${round}: the answer got ${saved!.status}`).toBe(true);
      for (const load of loads as string[])
        expect(answered(Number(load.split(" ")[0])), `round ${round}: ${load}`).toBe(true);
      if (saved!.ok) acknowledged.push({ questionId: question.questionId, option });
      await link.restore();
    }

    // Every acknowledged answer is stored; one whose reply the break took may be stored too.
    const stored = await sql<{ questionId: string; option: string }[]>`
      select question_id as "questionId", value->>'option' as option from answers where assessment_id = ${assessmentId}`;
    expect(stored).toEqual(expect.arrayContaining(acknowledged));
    await expect
      .poll(() => page.request.get(themes[0]!).then((r) => r.status()), {
        timeout: 60_000,
        message: "after the last round",
      })
      .toBe(200);
    const counts = `${ROUNDS} rounds of 4 requests, ${acknowledged.length} answers acknowledged, ${stored.length} stored, 0 requests dropped`;
    test.info().annotations.push({ type: "counts", description: counts });
  } finally {
    await app?.stop();
    await close();
  }
});
