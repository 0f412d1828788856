import { expect, signedIn, test } from "./fixtures";

/** 200 autosaves at once on loopback: every acknowledged answer is stored, none lost. */
test("200 concurrent autosaves are all acknowledged and all stored", async ({ page, baseURL }) => {
  test.slow();
  await signedIn(page, "security@eemshaven-shortsea.example");
  const headers = { Origin: baseURL! };
  const drafts: string[] = [];
  for (let i = 0; i < 67; i++) {
    const start = await page.request.post("/assessments", {
      headers,
      form: { questionnaireId: "port-logistics" },
      maxRedirects: 0,
    });
    drafts.push(start.headers().location!.split("/")[2]!);
  }
  const options: Record<string, string[]> = {
    p1_board_owner: ["not_in_place", "partly", "fully"],
    p1_security_manager: ["none", "side_task", "appointed"],
    p1_risk_assessment: ["none", "partly", "fully"],
  };
  const questions = Object.keys(options);
  // 200 distinct answers: three questions on each of 67 drafts, all sent at once.
  const saves = Array.from({ length: 200 }, (_, i) => ({
    assessment: drafts[i % drafts.length]!,
    question: questions[Math.floor(i / drafts.length)]!,
  }));
  const started = Date.now();
  const results = await Promise.all(
    saves.map(async (s, i) => {
      const option = options[s.question]![i % 3]!;
      const response = await page.request.post(`/assessments/${s.assessment}/answers`, {
        headers,
        form: { questionId: s.question, [`q.${s.question}`]: option, [`rev.${s.question}`]: "0" },
      });
      return { ...s, option, status: response.status() };
    }),
  );
  const seconds = (Date.now() - started) / 1000;
  expect(results).toHaveLength(200);
  expect(
    results.filter((r) => r.status !== 200),
    `${results.length} saves in ${seconds.toFixed(1)} s`,
  ).toEqual([]);
  for (const draft of drafts) {
    const exported = (await (await page.request.get(`/assessments/${draft}/export.json`)).json()) as {
      answers: { questionId: string; value: { option?: string } }[];
    };
    for (const r of results.filter((x) => x.assessment === draft)) {
      expect(exported.answers.find((a) => a.questionId === r.question)?.value.option, `${draft} ${r.question}`).toBe(
        r.option,
      );
    }
  }
});
