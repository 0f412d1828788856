import type { Page } from "@playwright/test";
import { DEMO_PASSWORD, expect, expectAccessible, signedIn, startEmptyDraft, test } from "./fixtures";

const answerInputs = (group: ReturnType<Page["locator"]>) =>
  group.locator('input[name^="q."]:not([value="__dk"]):not([value="__na"])');

test("a theme can be answered with JavaScript off, and bad input keeps what was saved", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: "nl-NL" });
  const page = await context.newPage();
  await signedIn(page, "security@vandijk-transport.example");
  await startEmptyDraft(page);
  await expect(page).toHaveURL(/\/profile$/);
  await page.getByRole("button", { name: "Opslaan en verder" }).click();
  await expect(page).toHaveURL(/\/themes\/p1$/);

  const notApplicable = { name: "Niet van toepassing", exact: true };
  const second = page
    .locator("fieldset.question")
    .filter({ has: page.getByRole("radio", notApplicable) })
    .first();
  const secondId = await second.getAttribute("id");
  const first = page.locator(`fieldset.question:not(#${secondId})`).first();
  await answerInputs(first).last().check();
  await second.getByRole("radio", notApplicable).check();
  await page.getByRole("button", { name: "Opslaan en verder" }).click();
  // A "not applicable" without a ground and a reason is refused next to its question; the other answer is kept.
  await expect(page).toHaveURL(/\/themes\/p1$/);
  await expect(second.getByText("Kies waarom deze vraag niet van toepassing is.")).toBeVisible();
  await page.goto(page.url());
  await expect(answerInputs(first).last()).toBeChecked();

  await second.getByRole("radio", notApplicable).check();
  await second
    .getByLabel("Waarom is dit niet van toepassing?")
    .selectOption({ label: "Wij hebben dit systeem, terrein of middel niet" });
  await page.getByRole("button", { name: "Opslaan en verder" }).click();
  await expect(second.getByText("Licht kort toe waarom deze vraag niet van toepassing is.")).toBeVisible();
  // The page with the error keeps what was chosen so far, also without JavaScript.
  await expect(second.getByRole("radio", notApplicable)).toBeChecked();
  await expect(second.getByLabel("Waarom is dit niet van toepassing?")).toHaveValue("no_such_asset");
  await second.getByLabel("Licht toe: welk deel, en waarom").fill("Wij hebben geen eigen terrein");
  await page.getByRole("button", { name: "Opslaan en verder" }).click();
  await expect(page).toHaveURL(/\/themes\/p2$/);
  await page.goto(page.url().replace(/\/p2$/, "/p1"));
  await expect(second.getByRole("radio", notApplicable)).toBeChecked();
  await expect(second.getByLabel("Waarom is dit niet van toepassing?")).toHaveValue("no_such_asset");
  await expect(second.getByLabel("Licht toe: welk deel, en waarom")).toHaveValue("Wij hebben geen eigen terrein");
  // The provisional report lists the answer with its reason, for every reader to see.
  const question = (await second.locator("legend").first().textContent())?.trim() ?? "";
  await page.goto(page.url().replace(/\/themes\/p1$/, "/report"));
  const listed = page.getByRole("table", { name: "Antwoorden ‘niet van toepassing’ met reden" });
  const row = listed.getByRole("row").filter({ hasText: "Wij hebben geen eigen terrein" });
  await expect(row).toContainText(question.slice(0, 30));
  await expect(row).toContainText("Wij hebben dit systeem, terrein of middel niet");
  await context.close();
});

test("of two people answering the same question, the later stale write is refused and shown", async ({ browser }) => {
  const admin = await (await browser.newContext({ locale: "nl-NL" })).newPage();
  const member = await (await browser.newContext({ locale: "nl-NL" })).newPage();
  await signedIn(admin, "beveiliging@maasvlakte-terminal.example", DEMO_PASSWORD);
  await startEmptyDraft(admin);
  await expect(admin).toHaveURL(/\/profile$/);
  const themeUrl = admin.url().replace(/\/profile$/, "/themes/p2");

  await signedIn(member, "planning@maasvlakte-terminal.example", DEMO_PASSWORD);
  await member.goto(themeUrl);
  await admin.goto(themeUrl);

  const adminQuestion = admin.locator("fieldset.question").first();
  await answerInputs(adminQuestion).last().check();
  await expect(adminQuestion.getByRole("status")).toHaveText("Opgeslagen");

  const memberQuestion = member.locator("fieldset.question").first();
  await answerInputs(memberQuestion).first().check();
  await expect(memberQuestion.getByRole("status")).toContainText("Iemand anders heeft deze vraag intussen beantwoord");
  await expect(memberQuestion.getByRole("status")).toContainText("(door Sanne de Vries)");
  await expectAccessible(member);

  // The admin's answer stands.
  await admin.reload();
  await expect(answerInputs(admin.locator("fieldset.question").first()).last()).toBeChecked();
  // Choosing again, now knowing the newer answer, replaces it deliberately.
  await answerInputs(memberQuestion).nth(1).check();
  await expect(memberQuestion.getByRole("status")).toHaveText("Opgeslagen");
});
