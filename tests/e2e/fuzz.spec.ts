import fc from "fast-check";
import { expect, signedIn, test } from "./fixtures";

/**
 * Random and malformed payloads against the autosave action and the API: never a 500, and
 * whatever was stored afterwards is a valid answer of the questionnaire.
 */
const QUESTIONS = ["p1_board_owner", "p1_risk_assessment", "e2_high_risk_origin", "e12_certifications", "nope", "__proto__", "constructor", ""];

const junk = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 50 }),
  fc.constantFrom("yes", "no", "partly", "dont_know", "not_applicable", "-1", "1e309", "NaN", "null", "[]", "{}", "0", "999999999999"),
  fc.string({ minLength: 5_000, maxLength: 20_000 }),
  fc.json({ maxDepth: 8 }),
);

const payload = fc.array(
  fc.tuple(
    fc.oneof(
      fc.constantFrom("questionId", "intent", "__proto__[polluted]", "constructor.prototype.x"),
      fc.constantFrom(...QUESTIONS).chain((id) => fc.constantFrom(`q.${id}`, `na.${id}`, `note.${id}`, `rev.${id}`)),
      fc.string({ maxLength: 20 }),
    ),
    junk,
  ),
  { maxLength: 12 },
);

test("the answer-saving action and the API never fail with 500 and never store an invalid answer", async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  await signedIn(page, "security@rijnmond-reefer.example");
  await page.goto("/assessments");
  await page.getByRole("button", { name: /Start/ }).first().click();
  await expect(page).toHaveURL(/\/assessments\/[0-9a-f-]{36}\/profile$/);
  const assessment = new URL(page.url()).pathname.split("/")[2]!;
  const origin = { Origin: baseURL! };

  // A well-formed answer is stored, so the final check below has something to check.
  const valid = await page.request.post(`/assessments/${assessment}/answers`, {
    headers: origin,
    form: { questionId: "p1_board_owner", "q.p1_board_owner": "partly", "rev.p1_board_owner": "0" },
  });
  expect(valid.status()).toBe(200);

  let tried = 0;
  await fc.assert(
    fc.asyncProperty(payload, async (pairs) => {
      const body = new URLSearchParams();
      // Duplicated parameters on purpose: append, never set.
      for (const [key, value] of pairs) body.append(key, value);
      const response = await page.request.post(`/assessments/${assessment}/answers`, {
        headers: { ...origin, "Content-Type": "application/x-www-form-urlencoded" },
        data: body.toString(),
      });
      tried++;
      expect(response.status(), body.toString().slice(0, 200)).toBeLessThan(500);
    }),
    { numRuns: 150, seed: 20261128 },
  );
  for (const path of [`/api/v1/assessments/${assessment}/report?purpose=${"x".repeat(5000)}`, "/api/v1/customs/organisations?sort[]=name&sector=1&sector=2", "/api/v1/benchmarks/port-logistics?grouping=sector&grouping=all", "/api/v1/assessments/not-a-uuid/report", "/api/v1/benchmarks/%00"]) {
    expect((await page.request.get(path)).status(), path).toBeLessThan(500);
  }

  // Whatever was stored is an answer the questionnaire allows: the export checks against it.
  const exported = (await (await page.request.get(`/assessments/${assessment}/export.json`)).json()) as {
    answers: { questionId: string; value: { kind: string; option?: string; options?: string[] } }[];
  };
  expect(exported.answers.length).toBeGreaterThan(0);
  for (const answer of exported.answers) {
    expect(["choice", "choices", "dont_know", "not_applicable"]).toContain(answer.value.kind);
    expect(QUESTIONS.slice(0, 4)).toContain(answer.questionId);
  }
  expect(tried).toBe(150);
  test.info().annotations.push({ type: "attacks", description: `tried ${tried} malformed saves, 0 answered 500, 0 invalid answers stored` });
  // The prototype of plain objects is untouched on the server: a later request still works.
  expect((await page.request.get(`/api/v1/assessments/${assessment}/report`)).status()).toBe(200);
});
