import { expect, signUpTerminal, test, uniqueEmail } from "../e2e/fixtures";
import { createPostgresDatabase, POSTGRES_SERVER_URL } from "../fixtures/postgres";
import { exportedAnswers, postAnswer, singleChoiceQuestions, startDraft } from "./answers";
import { BASE_PORT, startApp, temporaryDataDir } from "./processes";

const PORT = BASE_PORT;
const SLOTS = 24;
const WRITERS = 8;
/** The server is killed once this many writes were acknowledged, with the rest in flight. */
const KILL_AFTER = 150;

test.use({ baseURL: `http://localhost:${PORT}` });

for (const backend of ["pglite", "postgres"] as const) {
  test(`on ${backend}, every answer acknowledged before a SIGKILL is there after the restart`, async ({
    page,
    baseURL,
  }) => {
    const postgres = backend === "postgres" ? await createPostgresDatabase(POSTGRES_SERVER_URL) : null;
    const dataDir = backend === "pglite" ? temporaryDataDir() : null;
    const where = postgres ? { databaseUrl: postgres.url } : { dataDir: dataDir!.path };
    let app = await startApp({ port: PORT, ...where });
    try {
      const origin = baseURL!;
      await signUpTerminal(page, uniqueEmail("kill"));
      // One open draft per questionnaire: the slots are questions of its first themes.
      const draft = await startDraft(page.request, origin);
      const questions: Awaited<ReturnType<typeof singleChoiceQuestions>> = [];
      for (let theme = 1; questions.length < SLOTS && theme <= 10; theme++) {
        await page.goto(`/assessments/${draft}/themes/p${theme}`);
        questions.push(...(await singleChoiceQuestions(page)));
      }
      questions.splice(SLOTS);
      expect(questions).toHaveLength(SLOTS);

      // Each slot (a question) has one writer, which rewrites it again and again, each write
      // based on the revision the previous one was acknowledged with. The note says which
      // write it is, so the stored answer tells which write survived.
      const slots = questions.map((q) => ({ assessmentId: draft, ...q, acknowledged: 0, inFlight: 0 }));
      const noteOf = (write: number) => `write ${write}`;
      let tried = 0;
      let acknowledged = 0;
      let killing: Promise<void> | null = null;
      const writer = async (mine: typeof slots) => {
        // Writers go on until the server is gone, so writes are surely in flight when it dies.
        for (let i = 0; ; i++) {
          const slot = mine[i % mine.length]!;
          const write = slot.acknowledged + 1;
          slot.inFlight = write;
          tried++;
          const reply = await postAnswer(page.request, origin, {
            assessmentId: slot.assessmentId,
            questionId: slot.questionId,
            option: slot.options[write % slot.options.length]!,
            baseRevision: slot.acknowledged,
            note: noteOf(write),
          }).catch(() => null);
          // No reply: the server died with this write in flight; it may or may not be stored.
          if (!reply) return;
          expect(reply, `${slot.assessmentId} ${slot.questionId} write ${write}`).toMatchObject({
            status: 200,
            ok: true,
            revision: write,
          });
          slot.acknowledged = write;
          slot.inFlight = 0;
          if (++acknowledged >= KILL_AFTER && !killing) killing = app.kill();
        }
      };
      await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(slots.filter((_, i) => i % WRITERS === w))));
      await killing;
      expect(tried, "writes in flight when the server was killed").toBeGreaterThan(acknowledged);

      app = await startApp({ port: PORT, ...where });
      const lost: string[] = [];
      let stored = 0;
      const answers = await exportedAnswers(page.request, draft);
      for (const slot of slots) {
        const answer = answers.find((a) => a.questionId === slot.questionId);
        const write = Number(answer?.note?.replace("write ", "") ?? 0);
        if (write > 0) stored++;
        // The last acknowledged write, or the one in flight after it: never an older one.
        const allowed = [slot.acknowledged, ...(slot.inFlight ? [slot.inFlight] : [])];
        if (!allowed.includes(write))
          lost.push(`${slot.questionId}: acknowledged write ${slot.acknowledged}, stored ${write}`);
        else if (write > 0) expect(answer?.value.option).toBe(slot.options[write % slot.options.length]);
      }
      const counts = `${tried} writes tried, ${acknowledged} acknowledged, ${stored} of ${slots.length} answers stored, ${lost.length} lost`;
      test.info().annotations.push({ type: "counts", description: counts });
      console.log(`SIGKILL on ${backend}: ${counts}`);
      expect(lost).toEqual([]);
    } finally {
      await app.stop();
      await postgres?.drop();
      dataDir?.remove();
    }
  });
}
