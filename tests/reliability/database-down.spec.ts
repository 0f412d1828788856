import { expect, expectAccessible, signUpTerminal, test, uniqueEmail } from "../e2e/fixtures";
import { singleChoiceQuestions, startDraft } from "./answers";
import { BASE_PORT, commitSpotter, startApp, databaseBehindLink, type AppServer } from "./processes";

const APP_PORT = BASE_PORT + 3;
const LINK_PORT = BASE_PORT + 4;
// What an error page must never show: driver codes, SQL, stack frames.
// SQL as a query has it: "select the text" in a message is plain Dutch-English help, not a leak.
const TECHNICAL =
  /ECONN|CONNECTION_|CONNECT_TIMEOUT|postgres|insert into|select [\w", .*]+ from |\bat .+\.(js|ts):\d+/i;

test.use({ baseURL: `http://localhost:${APP_PORT}` });

test("the database goes away while a member works: 503 'temporarily unavailable', no partial write, recovery without a restart", async ({
  page,
  baseURL,
}) => {
  const { link, appUrl, sql, close } = await databaseBehindLink(LINK_PORT);
  let app: AppServer | undefined;
  try {
    app = await startApp({ port: APP_PORT, databaseUrl: appUrl });
    await signUpTerminal(page, uniqueEmail("storing"));
    const assessmentId = await startDraft(page.request, baseURL!);
    const theme = `/assessments/${assessmentId}/themes/p1`;
    await page.goto(theme);
    const questions = await singleChoiceQuestions(page);
    const fieldset = (index: number) => page.locator(`#question-${questions[index]!.questionId}`);
    const option = (index: number, choice: number) =>
      fieldset(index).locator(`input[value="${questions[index]!.options[choice]}"]`);
    const stored = async () =>
      sql<{ questionId: string; option: string; revision: number }[]>`
        select question_id as "questionId", value->>'option' as option, revision
        from answers where assessment_id = ${assessmentId} order by question_id`;

    await option(0, 0).check();
    await expect(fieldset(0).getByRole("status")).toHaveText("Opgeslagen");

    // The link breaks after the next answer's INSERT reached the database and before its COMMIT.
    let inserted = false;
    const isCommit = commitSpotter();
    link.cutWhen((sent) => {
      inserted ||= /insert into "answers"/i.test(sent);
      return isCommit(sent) && inserted;
    });
    const autosave = page.waitForResponse((r) => r.url().endsWith(`/assessments/${assessmentId}/answers`));
    await option(1, 1).check();
    const refused = await autosave;
    expect(inserted, "the answer's INSERT reached the database").toBe(true);
    expect(refused.status()).toBe(503);
    expect(refused.headers()["retry-after"]).toBe("30");
    await expect(fieldset(1).getByRole("status")).toContainText(
      "Nog niet opgeslagen: Weerbaar is tijdelijk niet beschikbaar.",
    );
    // Nothing partial: the transaction that held the INSERT never committed.
    expect(await stored()).toEqual([
      { questionId: questions[0]!.questionId, option: questions[0]!.options[0], revision: 1 },
    ]);

    // The next page, reached by a link (a data request) and by a reload, in Dutch and in
    // English: a generic page, details only in the server log.
    await page
      .getByRole("navigation", { name: "Onderdelen" })
      .getByRole("link", { name: "Personeelsscreening en de hele arbeidsrelatie" })
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tijdelijk niet beschikbaar");
    await page.goBack();
    const reloaded = await page.reload();
    expect(reloaded?.status()).toBe(503);
    expect(reloaded?.headers()["retry-after"]).toBe("30");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tijdelijk niet beschikbaar");
    await expect(page.getByText("Weerbaar is even niet bereikbaar.")).toBeVisible();
    expect(await page.content()).not.toMatch(TECHNICAL);
    await expectAccessible(page);
    const english = await page.request.get(`${theme}?lng=en`);
    expect(english.status()).toBe(503);
    const englishPage = await english.text();
    expect(englishPage).toContain("Temporarily unavailable");
    expect(englishPage).not.toMatch(TECHNICAL);
    expect(app.log()).toMatch(/CONNECTION_CLOSED|ECONNREFUSED|ECONNRESET/);
    // Reloading again and again while it lasts: every load is the same 503, whichever way
    // the driver's reconnection attempts fail.
    for (let i = 0; i < 10; i++) expect((await page.request.get(theme)).status()).toBe(503);
    expect(await stored()).toHaveLength(1);

    // The database is back: the same process serves the page and saves again.
    await link.restore();
    expect((await page.reload())?.status()).toBe(200);
    await expect(option(0, 0)).toBeChecked();
    await expect(option(1, 1)).not.toBeChecked();
    await option(1, 1).check();
    await expect(fieldset(1).getByRole("status")).toHaveText("Opgeslagen");
    expect(await stored()).toEqual(
      [
        { questionId: questions[0]!.questionId, option: questions[0]!.options[0], revision: 1 },
        { questionId: questions[1]!.questionId, option: questions[1]!.options[1], revision: 1 },
      ].sort((a, b) => a.questionId.localeCompare(b.questionId)),
    );
    const counts =
      "3 writes tried, 2 acknowledged, 1 refused with 503 while the database was away, 2 answers stored, 0 lost";
    test.info().annotations.push({ type: "counts", description: counts });
  } finally {
    await app?.stop();
    await close();
  }
});
