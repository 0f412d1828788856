import type { Page } from "@playwright/test";
import {
  expect,
  expectAccessible,
  NEW_PASSWORD,
  signedIn,
  signUpTerminal,
  test,
  uniqueEmail,
  signOut,
} from "./fixtures";

const answerInputs = (group: ReturnType<Page["locator"]>) =>
  group.locator('input[name^="q."]:not([value="__dk"]):not([value="__na"])');

/** Answers every visible question; re-counts after each answer, since answers can reveal questions. */
async function answerSection(page: Page, pick: "first" | "last") {
  for (let i = 0; i < (await page.locator("fieldset.question").count()); i++) {
    const inputs = answerInputs(page.locator("fieldset.question").nth(i));
    const count = await inputs.count();
    await inputs.nth(pick === "first" ? 0 : count - 1).check();
  }
}

async function saveAndContinue(page: Page) {
  const before = page.url();
  const heading = await page.locator("h1").textContent();
  await page.getByRole("button", { name: /Opslaan en (verder|controleren)/ }).click();
  await expect(page).not.toHaveURL(before);
  // The address changes a moment before the next page is drawn: wait for its heading.
  await expect(page.locator("h1")).not.toHaveText(heading ?? "");
}

test("a new organisation completes, leaves, resumes and submits a port-logistics assessment", async ({ page }) => {
  test.slow();
  const email = uniqueEmail("scan");
  await signUpTerminal(page, email);

  await page.getByRole("navigation", { name: "Hoofdnavigatie" }).getByRole("link", { name: "Zelfscans" }).click();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Start: Weerbaarheidsscan haven en logistiek" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Profiel van uw organisatie" })).toBeVisible();
  await expectAccessible(page);

  // Profile: a deep-sea terminal; every other question gets its first option.
  const role = page.getByRole("group", { name: /Welke rol\(len\)/ });
  await role.getByLabel("Deepsea-containerterminal").check();
  await expect(role.getByRole("status")).toHaveText("Opgeslagen");
  for (let i = 1; i < (await page.locator("fieldset.question").count()); i++) {
    await answerInputs(page.locator("fieldset.question").nth(i)).first().check();
  }
  await saveAndContinue(page);

  // The first theme by keyboard only.
  await expect(page).toHaveURL(/\/themes\/p1$/);
  await expectAccessible(page);
  const groups = page.locator("fieldset.question");
  const ids = await groups.evaluateAll((sets) => sets.map((s) => s.id.replace("question-", "")));
  await page.locator("h1").click();
  for (const id of ids) {
    for (let tabs = 0; tabs < 80; tabs++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate((name) => (document.activeElement as HTMLInputElement | null)?.name === name, `q.${id}`))
        break;
    }
    await page.keyboard.press("ArrowDown");
  }
  for (let i = 0; i < ids.length; i++) {
    await expect(groups.nth(i).getByRole("radio", { checked: true })).toHaveCount(1);
  }
  await expect(groups.last().getByRole("status")).toHaveText("Opgeslagen");

  // Sign out mid-way and come back later: nothing is lost.
  await signOut(page);
  await signedIn(page, email, NEW_PASSWORD);
  await page.goto("/assessments");
  // The list shows how far the draft is and offers to continue it rather than start another.
  await expect(page.locator(".scan-status").getByText(/^2\d van \d+ vragen beantwoord$/)).toBeVisible();
  await expect(page.getByRole("button", { name: /^Start:/ })).toHaveCount(0);
  await page.getByRole("link", { name: "Verder invullen: Weerbaarheidsscan haven en logistiek" }).click();
  await expect(page.getByText(/^Concept · 2\d van \d+ vragen beantwoord$/)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Bestuur, risicoanalyse en beveiligingsorganisatie" }).click();
  for (let i = 0; i < ids.length; i++) {
    await expect(groups.nth(i).getByRole("radio", { checked: true })).toHaveCount(1);
  }
  await saveAndContinue(page);

  // The terminal-only release question is shown to a deep-sea terminal.
  while (!page.url().endsWith("/review")) {
    await answerSection(page, "last");
    await saveAndContinue(page);
  }
  await expect(page.getByRole("heading", { name: "0 vragen nog niet beantwoord" })).toBeVisible();
  await expectAccessible(page);
  // Submitting asks for a confirmation first, then lands on the report.
  await page.getByRole("button", { name: "Zelfscan indienen" }).click();
  await expect(page.getByText("Vink aan dat u de antwoorden hebt nagelopen.")).toBeVisible();
  await expect(page).toHaveURL(/\/review$/);
  await page.getByLabel(/Ik heb de antwoorden nagelopen/).check();
  await page.getByRole("button", { name: "Zelfscan indienen" }).click();
  await expect(page).toHaveURL(/\/report$/);
  const assessmentId = page.url().split("/assessments/")[1]!.split("/")[0]!;
  await page.goto(`/assessments/${assessmentId}/review`);
  await expect(page.getByRole("status").filter({ hasText: "Deze zelfscan is ingediend." })).toBeVisible();
  // Each part's answers are folded under a line that counts them.
  await page.getByText(/^Profiel van uw organisatie: \d+ antwoorden$/).click();
  await expect(page.getByRole("table", { name: /Antwoorden bij Profiel van uw organisatie/ })).toContainText(
    "Eva Smit",
  );

  // The report reads the stored figures; the API gives the same ones.
  await page.getByRole("link", { name: "Rapport bekijken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Rapport" })).toBeVisible();
  await expect(page.getByText(/^Voorlopig rapport/)).toHaveCount(0);
  // All ten themes and the header: the first answer of "do you run your own trucks" is yes, so P10 is shown.
  await expect(
    page.getByRole("table", { name: "Blootstelling, weerbaarheid en risico per thema" }).getByRole("row"),
  ).toHaveCount(11);
  await expectAccessible(page);
  const api = await page.request.get(`/api/v1/assessments/${assessmentId}/report`);
  expect(api.status()).toBe(200);
  const json = (await api.json()) as {
    assessment: { status: string; questionnaire: { id: string; version: number } };
    overall: { resilience: number; risk: number; level: string };
    themes: { id: string; exposure: number }[];
    advice: { gain: number }[];
  };
  expect(json.assessment).toMatchObject({ status: "submitted", questionnaire: { id: "port-logistics", version: 2 } });
  expect(json.themes.map((t) => t.id)).toContain("p10");
  await expect(page.locator(".overall")).toContainText(`Weerbaarheid ${Math.round(json.overall.resilience)} van 100`);
  // Risk to one decimal, the same figure as the API, with the level of exactly that figure.
  expect(Math.round(json.overall.risk * 10)).toBe(json.overall.risk * 10);
  await expect(page.locator(".overall")).toContainText(
    `risico ${json.overall.risk.toFixed(1).replace(".", ",")} van 100`,
  );
  await expect(page.locator(".badge--start")).toHaveCount(Math.min(5, json.advice.filter((a) => a.gain > 0).length));
  const outsider = await page.context().browser()!.newContext();
  expect(
    (await outsider.request.get(`${new URL(page.url()).origin}/api/v1/assessments/${assessmentId}/report`)).status(),
  ).toBe(404);
  await outsider.close();

  await page.getByRole("link", { name: "Weerbaarheidsscan haven en logistiek" }).click();
  // The report names the same theme; wait for the overview before following its link.
  await expect(page).toHaveURL(new RegExp(`/assessments/${assessmentId}$`));
  await page.getByRole("link", { name: "Containervrijgave, afhaalrecht en de Secure Chain" }).click();
  await expect(page.getByText("Deze zelfscan is ingediend en kan niet meer worden gewijzigd.")).toBeVisible();
  await expect(page.locator('input[name^="q."]').first()).toBeDisabled();
  await expect(page.getByRole("button", { name: "Opslaan" })).toHaveCount(0);

  // A new start is a re-assessment from the submitted answers.
  await page.goto("/assessments");
  await expect(page.locator(".scan-status")).toContainText("begint met de antwoorden van uw laatst ingediende");
  await page.getByRole("button", { name: "Start: Weerbaarheidsscan haven en logistiek" }).click();
  await expect(page).toHaveURL(/\/profile$/);
  await expect(page.getByText(/^\d+ van \d+ vragen beantwoord/)).not.toHaveText(/^0 van/);
  await expect(
    page.getByRole("group", { name: /Welke rol\(len\)/ }).getByLabel("Deepsea-containerterminal"),
  ).toBeChecked();
});
