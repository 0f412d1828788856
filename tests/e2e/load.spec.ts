import type { APIRequestContext } from "@playwright/test";
import { expect, signedIn, test } from "./fixtures";

// Terminal operators no other browser test uses: one open draft each (one per questionnaire).
const ORGANISATIONS = [
  "security@eemshaven-shortsea.example",
  "security@waalhaven-multimodal.example",
  "security@westhaven-terminal.example",
  "security@scheldepoort.example",
];
const PER_DRAFT = 50;

/** 200 autosaves at once on loopback: every acknowledged answer is stored, none lost. */
test("200 concurrent autosaves are all acknowledged and all stored", async ({ browser, baseURL }) => {
  test.slow();
  const headers = { Origin: baseURL! };
  const drafts: { request: APIRequestContext; id: string; answers: { question: string; option: string }[] }[] = [];
  for (const email of ORGANISATIONS) {
    const page = await (await browser.newContext({ baseURL })).newPage();
    await signedIn(page, email);
    const start = await page.request.post("/assessments", {
      headers,
      form: { questionnaireId: "port-logistics", fresh: "on" },
      maxRedirects: 0,
    });
    const id = start.headers().location!.split("/")[2]!.split("?")[0]!;
    // Distinct questions of the draft's themes, each with one of its own options.
    const answers: { question: string; option: string }[] = [];
    for (let theme = 1; answers.length < PER_DRAFT && theme <= 10; theme++) {
      const html = await (await page.request.get(`/assessments/${id}/themes/p${theme}`)).text();
      for (const [, question, option] of html.matchAll(/type="radio" id="[^"]*" name="q\.(\w+)" value="([a-z]\w*)"/g)) {
        if (!answers.some((a) => a.question === question)) answers.push({ question: question!, option: option! });
      }
    }
    expect(answers.length, email).toBeGreaterThanOrEqual(PER_DRAFT);
    drafts.push({ request: page.request, id, answers: answers.slice(0, PER_DRAFT) });
  }
  const saves = drafts.flatMap((draft) => draft.answers.map((answer) => ({ draft, ...answer })));
  expect(saves).toHaveLength(200);

  const started = Date.now();
  const results = await Promise.all(
    saves.map(async (s) => {
      const response = await s.draft.request.post(`/assessments/${s.draft.id}/answers`, {
        headers,
        form: { questionId: s.question, [`q.${s.question}`]: s.option, [`rev.${s.question}`]: "0" },
      });
      return { draft: s.draft.id, question: s.question, option: s.option, status: response.status() };
    }),
  );
  const seconds = (Date.now() - started) / 1000;
  expect(
    results.filter((r) => r.status !== 200),
    `${results.length} saves in ${seconds.toFixed(1)} s`,
  ).toEqual([]);
  for (const draft of drafts) {
    const exported = (await (await draft.request.get(`/assessments/${draft.id}/export.json`)).json()) as {
      answers: { questionId: string; value: { option?: string } }[];
    };
    for (const r of results.filter((x) => x.draft === draft.id)) {
      expect(exported.answers.find((a) => a.questionId === r.question)?.value.option, `${draft.id} ${r.question}`).toBe(
        r.option,
      );
    }
  }
});
