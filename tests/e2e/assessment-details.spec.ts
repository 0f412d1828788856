import { DEMO_PASSWORD, expect, expectAccessible, signedIn, startEmptyDraft, test } from "./fixtures";

test("an admin assigns a theme; the member sees it first; bad answers are refused with 4xx", async ({ browser }) => {
  const admin = await (await browser.newContext({ locale: "nl-NL" })).newPage();
  await signedIn(admin, "beveiliging@maasvlakte-terminal.example", DEMO_PASSWORD);
  await startEmptyDraft(admin);
  await expect(admin).toHaveURL(/\/profile$/);
  const base = admin.url().replace(/\/profile$/, "");
  await admin.goto(base);
  await admin
    .getByLabel("Wie vult Personeelsscreening en de hele arbeidsrelatie in?")
    .selectOption({ label: "Mehmet Yilmaz" });
  await admin.getByRole("button", { name: "Toewijzen" }).nth(1).click();
  await expect(admin.getByRole("row", { name: /Personeelsscreening/ })).toBeVisible();
  await expectAccessible(admin);
  await admin.getByRole("link", { name: "Rapport bekijken" }).click();
  await expect(admin.getByText(/^Voorlopig rapport: deze zelfscan is nog niet ingediend/)).toBeVisible();
  await expectAccessible(admin);

  const member = await (await browser.newContext({ locale: "nl-NL" })).newPage();
  await signedIn(member, "planning@maasvlakte-terminal.example", DEMO_PASSWORD);
  await member.goto(base);
  const firstRow = member
    .getByRole("table", { name: /Onderdelen van de zelfscan/ })
    .getByRole("row")
    .nth(1);
  await expect(firstRow).toContainText("Personeelsscreening en de hele arbeidsrelatie");
  await expect(firstRow).toContainText("aan u toegewezen");

  const origin = new URL(base).origin;
  const post = (form: Record<string, string>, path = `${base}/answers`) =>
    member.request.post(path, { form, headers: { Origin: origin }, failOnStatusCode: false });
  const p1 = await admin
    .goto(`${base}/themes/p1`)
    .then(() => admin.locator("fieldset.question").first().getAttribute("id"));
  const questionId = (p1 ?? "").replace("question-", "");
  expect((await post({ questionId: "nope", "q.nope": "x" })).status()).toBe(400);
  expect((await post({ questionId, [`q.${questionId}`]: "sometimes" })).status()).toBe(400);
  expect(
    (
      await post({ questionId, [`q.${questionId}`]: "not_in_place", [`note.${questionId}`]: "x".repeat(2001) })
    ).status(),
  ).toBe(400);
  expect(
    (
      await post(
        { questionId, [`q.${questionId}`]: "not_in_place" },
        `${origin}/assessments/00000000-0000-4000-8000-000000000000/answers`,
      )
    ).status(),
  ).toBe(404);
  const saved = await post({ questionId, [`q.${questionId}`]: "not_in_place" });
  expect(saved.status()).toBe(200);
  const stale = await post({ questionId, [`q.${questionId}`]: "partly", [`rev.${questionId}`]: "0" });
  expect(stale.status()).toBe(409);
  // A cross-site post never reaches the route.
  const crossSite = await member.request.post(`${base}/answers`, {
    form: { questionId, [`q.${questionId}`]: "not_in_place", [`rev.${questionId}`]: "1" },
    headers: { Origin: "https://evil.example" },
    failOnStatusCode: false,
  });
  expect(crossSite.status()).toBe(403);
});

test("a demo organisation's report shows its figures and the change since its previous assessment", async ({
  page,
}) => {
  await signedIn(page, "beveiliging@maasvlakte-terminal.example", DEMO_PASSWORD);
  await page.goto("/assessments");
  // The latest submitted assessment's report is one link away from the list.
  await page.locator(".scan-status").getByRole("link", { name: "Rapport bekijken" }).click();
  const table = page.getByRole("table", { name: "Blootstelling, weerbaarheid en risico per thema" });
  await expect(table.getByRole("columnheader", { name: /^Verandering sinds/ })).toBeVisible();
  await expect(table.getByRole("row", { name: /Bestuur, risicoanalyse/ })).toContainText(/risico [−+-]?\d+/);
  await expect(page.locator(".badge--start")).toHaveCount(5);
  await expectAccessible(page);

  const [csv] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Antwoorden (CSV)" }).click(),
  ]);
  const text = await (await csv.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"));
  expect(text.split("\r\n")[0]).toBe(
    "\uFEFFOnderdeel;Vraag-id;Vraag;Antwoord;Toelichting;Beantwoord door;Laatst gewijzigd",
  );
  expect(text).toContain("Sanne de Vries");
  const [json] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Antwoorden en scores (JSON)" }).click(),
  ]);
  const body = JSON.parse(
    await (await json.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8")),
  ) as {
    assessment: { status: string };
    answers: unknown[];
    scores: { overall: { resilience: number } };
  };
  expect(body.assessment.status).toBe("submitted");
  expect(body.answers.length).toBeGreaterThan(60);
  await expect(page.locator(".overall")).toContainText(
    `Weerbaarheid ${Math.round(body.scores.overall.resilience)} van 100`,
  );
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Report" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: /^Change since/ })).toBeVisible();
});
