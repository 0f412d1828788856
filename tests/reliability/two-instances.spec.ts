import type { Locator, Page } from "@playwright/test";
import postgres from "postgres";
import { expect, expectAccessible, inviteMember, signUpTerminal, test, uniqueEmail } from "../e2e/fixtures";
import { createPostgresDatabase, POSTGRES_SERVER_URL } from "../fixtures/postgres";
import { postAnswer, singleChoiceQuestions, startDraft } from "./answers";
import { BASE_PORT, startApp, type AppServer } from "./processes";

const question = (page: Page, index: number) => page.locator("fieldset.question").nth(index);
const choices = (fieldset: Locator) => fieldset.locator('input[type="radio"][name^="q."]:not([value^="__"])');
const labelOf = (input: Locator) => input.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? "");

interface Write {
  by: "Eva Smit" | "Joris de Boer";
  questionId: string;
  option: string;
  outcome: "acknowledged" | "stale";
}

test("two instances on one PostgreSQL: every acknowledged answer is stored once, stale writes are refused and shown", async ({
  browser,
}) => {
  const database = await createPostgresDatabase(POSTGRES_SERVER_URL);
  const sql = postgres(database.url, { max: 1, onnotice: () => {} });
  const apps: AppServer[] = [];
  try {
    // One after the other: the first migrates the new database.
    apps.push(await startApp({ port: BASE_PORT + 1, databaseUrl: database.url }));
    apps.push(await startApp({ port: BASE_PORT + 2, databaseUrl: database.url }));
    const [first, second] = apps as [AppServer, AppServer];
    const admin = await (await browser.newContext({ baseURL: first.url, locale: "nl-NL" })).newPage();
    const member = await (await browser.newContext({ baseURL: second.url, locale: "nl-NL" })).newPage();
    await signUpTerminal(admin, uniqueEmail("eerste"));
    // No demo platform admin on this database to read held mail with: the outbox itself is read.
    await inviteMember(admin, member, "Joris de Boer", async (to, subject) => {
      const [mail] = await sql<{ text: string }[]>`
        select text_body as text from mail_outbox
        where recipient = ${to} and subject = ${subject} order by created_at desc limit 1`;
      if (!mail) throw new Error(`no mail "${subject}" to ${to}`);
      return mail.text;
    });
    const assessmentId = await startDraft(admin.request, first.url);
    const theme = `/assessments/${assessmentId}/themes/p1`;
    await admin.goto(theme);
    await member.goto(theme);
    const questions = await singleChoiceQuestions(admin);
    const writes: Write[] = [];
    const stored = async () =>
      new Map(
        (
          await sql<{ questionId: string; option: string; revision: number; by: string }[]>`
            select a.question_id as "questionId", a.value->>'option' as option, a.revision, u.name as by
            from answers a join users u on u.id = a.answered_by
            where a.assessment_id = ${assessmentId}`
        ).map((row) => [row.questionId, row]),
      );

    /** Chooses an option on a page and waits for the autosave's verdict. */
    const choose = async (page: Page, by: Write["by"], index: number, option: number, outcome: Write["outcome"]) => {
      const fieldset = question(page, index);
      const input = choices(fieldset).nth(option);
      await input.check();
      if (outcome === "acknowledged") await expect(fieldset.getByRole("status")).toHaveText("Opgeslagen");
      else
        await expect(fieldset.getByRole("status")).toContainText("Iemand anders heeft deze vraag intussen beantwoord");
      writes.push({ by, questionId: questions[index]!.questionId, option: await input.inputValue(), outcome });
      return fieldset;
    };

    // Both pages were loaded before either answered. The same question through both
    // instances: the later write is stale, refused, and shows the answer that stands.
    await choose(admin, "Eva Smit", 0, 2, "acknowledged");
    const refused = await choose(member, "Joris de Boer", 0, 0, "stale");
    await expect(refused.getByRole("status")).toContainText(
      `Het nieuwere antwoord is: ${await labelOf(choices(question(admin, 0)).nth(2))} (door Eva Smit)`,
    );
    await expectAccessible(member);
    expect((await stored()).get(questions[0]!.questionId)).toMatchObject({
      option: questions[0]!.options[2],
      revision: 1,
      by: "Eva Smit",
    });

    // Different questions without reloading: each answer has its own revision.
    await choose(member, "Joris de Boer", 1, 1, "acknowledged");
    await choose(admin, "Eva Smit", 2, 0, "acknowledged");
    // Choosing again, now knowing the newer answer, replaces it; the other page is now behind.
    await choose(member, "Joris de Boer", 0, 1, "acknowledged");
    const behind = await choose(admin, "Eva Smit", 0, 0, "stale");
    await expect(behind.getByRole("status")).toContainText("(door Joris de Boer)");

    // Simultaneous autosaves of the same question through the two instances, both based on
    // no answer yet: the row lock lets exactly one through and refuses the other as stale.
    for (const q of questions.slice(3)) {
      const [fromAdmin, fromMember] = await Promise.all([
        postAnswer(admin.request, first.url, {
          assessmentId,
          questionId: q.questionId,
          option: q.options[0]!,
          baseRevision: 0,
        }),
        postAnswer(member.request, second.url, {
          assessmentId,
          questionId: q.questionId,
          option: q.options[1]!,
          baseRevision: 0,
        }),
      ]);
      const race = [
        { by: "Eva Smit", option: q.options[0]!, reply: fromAdmin },
        { by: "Joris de Boer", option: q.options[1]!, reply: fromMember },
      ] as const;
      const winner = race.find((r) => r.reply.status === 200);
      const loser = race.find((r) => r.reply.status === 409);
      expect(winner?.reply.revision, `${q.questionId}: one write acknowledged`).toBe(1);
      expect(loser?.reply.newer, `${q.questionId}: the other refused with the answer that stands`).toMatchObject({
        value: { option: winner?.option },
        revision: 1,
      });
      writes.push({ by: winner!.by, questionId: q.questionId, option: winner!.option, outcome: "acknowledged" });
      writes.push({ by: loser!.by, questionId: q.questionId, option: loser!.option, outcome: "stale" });
    }

    // Each question holds its last acknowledged answer, once, with one revision per acknowledged write.
    const rows = await stored();
    const acknowledged = writes.filter((w) => w.outcome === "acknowledged");
    const lost: string[] = [];
    for (const questionId of new Set(acknowledged.map((w) => w.questionId))) {
      const mine = acknowledged.filter((w) => w.questionId === questionId);
      const last = mine.at(-1)!;
      const row = rows.get(questionId);
      if (!row || row.option !== last.option || row.by !== last.by || row.revision !== mine.length) {
        lost.push(
          `${questionId}: expected ${last.option} by ${last.by} at revision ${mine.length}, stored ${JSON.stringify(row)}`,
        );
      }
    }
    const count = (
      await sql<{ count: number }[]>`select count(*)::int as count from answers where assessment_id = ${assessmentId}`
    )[0]?.count;
    const counts = `${writes.length} writes tried, ${acknowledged.length} acknowledged, ${writes.length - acknowledged.length} refused as stale, ${count} answers stored, ${lost.length} lost`;
    test.info().annotations.push({ type: "counts", description: counts });
    console.log(`Two instances: ${counts}`);
    expect(lost).toEqual([]);
    expect(count).toBe(new Set(acknowledged.map((w) => w.questionId)).size);
  } finally {
    await Promise.all(apps.map((app) => app.stop()));
    await sql.end();
    await database.drop();
  }
});
