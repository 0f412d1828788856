import type { Locator, Page } from "@playwright/test";
import { expect, expectAccessible, signedIn, signUpTerminal, test, uniqueEmail } from "./fixtures";

const NOT_APPLICABLE = { name: "Niet van toepassing", exact: true };

/** A new organisation's first theme page, its profile left empty. */
async function firstTheme(page: Page): Promise<void> {
  await signUpTerminal(page, uniqueEmail("thema"));
  await page.goto("/assessments");
  await page.getByRole("button", { name: "Start: Weerbaarheidsscan haven en logistiek" }).click();
  await expect(page).toHaveURL(/\/profile$/);
  await page.goto(page.url().replace(/\/profile$/, "/themes/p1"));
}

const questions = (page: Page) => page.locator("fieldset.question");
/** The first question that offers "not applicable". */
const withNotApplicable = (page: Page) =>
  questions(page)
    .filter({ has: page.getByRole("radio", NOT_APPLICABLE) })
    .first();
const answerChoices = (question: Locator) =>
  question.locator('input[name^="q."]:not([value="__dk"]):not([value="__na"])');

test("the progress follows the answers as they are given, and after saving the next theme's heading has the focus", async ({
  page,
}) => {
  await firstTheme(page);
  const progress = page.locator(".progress-line");
  await expect(progress).toHaveText(/^0 van \d+ vragen beantwoord · dit onderdeel 0 van \d+$/);
  const current = page
    .getByRole("navigation", { name: "Onderdelen" })
    .locator("li")
    .filter({
      has: page.locator('[aria-current="page"]'),
    });
  await expect(current).toContainText(/0\/\d+/);

  const na = withNotApplicable(page);
  const other = page.locator(`fieldset.question:not(#${await na.getAttribute("id")})`).first();
  await answerChoices(other).first().check();
  await expect(progress).toHaveText(/^1 van \d+ vragen beantwoord · dit onderdeel 1 van \d+$/);
  await expect(current).toContainText(/1\/\d+/);
  await expect(page).toHaveURL(/\/themes\/p1$/);
  // A "not applicable" without its reason is no answer yet.
  await na.getByRole("radio", NOT_APPLICABLE).check();
  await expect(progress).toHaveText(/^1 van/);
  await answerChoices(na).first().check();
  await expect(progress).toHaveText(/^2 van/);

  await page.getByRole("button", { name: "Opslaan en verder" }).click();
  await expect(page).toHaveURL(/\/themes\/p2$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  await expect(page.getByRole("status").filter({ hasText: "Uw antwoorden zijn opgeslagen." })).toHaveCount(1);
  await expect(progress).toHaveText(/^2 van \d+ vragen beantwoord · dit onderdeel 0 van \d+$/);
  await expectAccessible(page);
});

test("a refused save moves the focus to a summary of the problems, which leads to each field that is wrong", async ({
  page,
}) => {
  await firstTheme(page);
  const question = withNotApplicable(page);
  await question.getByRole("radio", NOT_APPLICABLE).check();
  await page.getByRole("button", { name: "Opslaan", exact: true }).click();

  const summary = page.getByRole("region", { name: "Niet alle antwoorden zijn opgeslagen" });
  await expect(summary).toBeFocused();
  await expect(summary).toBeInViewport();
  const ground = question.getByLabel("Waarom is dit niet van toepassing?");
  await expect(ground).toHaveAttribute("aria-invalid", "true");
  await expect(ground).toHaveAccessibleDescription("Kies waarom deze vraag niet van toepassing is.");
  await summary.getByRole("link", { name: /Kies waarom deze vraag niet van toepassing is/ }).click();
  await expect(ground).toBeFocused();
  await expectAccessible(page);

  await ground.selectOption({ label: "Wij hebben dit systeem, terrein of middel niet" });
  await page.getByRole("button", { name: "Opslaan", exact: true }).click();
  const reason = question.getByLabel("Licht toe: welk deel, en waarom");
  await expect(summary.getByRole("link", { name: /Licht kort toe waarom/ })).toHaveAttribute(
    "href",
    `#${await reason.getAttribute("id")}`,
  );
  await expect(summary).toBeFocused();
  await expect(reason).toHaveAttribute("aria-invalid", "true");
  await expect(reason).toHaveAccessibleDescription("Licht kort toe waarom deze vraag niet van toepassing is.");
  await expect(ground).not.toHaveAttribute("aria-invalid");
});

test("a control reached with the keyboard is never hidden under the sticky save buttons", async ({ page }) => {
  await firstTheme(page);
  const bar = page.locator(".sticky-actions");
  for (const index of [0, 1, 2, 3]) {
    const question = questions(page).nth(index);
    const before = answerChoices(question).last();
    const note = question.getByText("Toelichting toevoegen");
    // It just inside the bottom of the window, where the buttons stick: a browser does not
    // scroll to a control it thinks is in view.
    await before.focus();
    await page.evaluate((y) => window.scrollBy(0, y), (await note.boundingBox())!.y + 30 - page.viewportSize()!.height);
    await page.keyboard.press("Tab");
    await expect(note).toBeFocused();
    const box = (await note.boundingBox())!;
    const barTop = (await bar.boundingBox())!.y;
    expect(box.y + box.height, `question ${index + 1}`).toBeLessThanOrEqual(barTop);
  }
});

test("on a phone the list of themes is folded away above the questions, and opens on request", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await firstTheme(page);
  const themes = page.getByRole("navigation", { name: "Onderdelen" });
  const review = themes.getByRole("link", { name: "Controleren en indienen" });
  await expect(review).toBeHidden();
  await expect(questions(page).first()).toBeInViewport();
  await themes.getByText("Onderdelen", { exact: true }).click();
  await expect(review).toBeVisible();

  await page.setViewportSize({ width: 1280, height: 800 });
  await page.reload();
  await expect(review).toBeVisible();
});

test("the questionnaire, benchmark and customs pages name every region differently", async ({ browser }) => {
  const names = (page: Page) =>
    page.evaluate(() =>
      [...document.querySelectorAll("[role=region], section[aria-label], section[aria-labelledby]")].map(
        (region) =>
          region.getAttribute("aria-label") ??
          (region.getAttribute("aria-labelledby") ?? "")
            .split(" ")
            .map((id) => document.getElementById(id)?.textContent?.trim())
            .join(" "),
      ),
    );
  const analyst = await browser.newPage({ locale: "nl-NL" });
  await signedIn(analyst, "analist@havenvereniging.example");
  await analyst.goto("/benchmarks/port-logistics");
  const benchmark = await names(analyst);
  expect(benchmark.length).toBeGreaterThan(3);
  expect(benchmark.filter((name, i) => benchmark.indexOf(name) !== i)).toEqual([]);
  await analyst.close();

  const reviewer = await browser.newPage({ locale: "nl-NL" });
  await signedIn(reviewer, "reviewer@douane.example");
  await reviewer.goto("/customs");
  const customs = await names(reviewer);
  expect(customs.length).toBeGreaterThan(3);
  expect(customs.filter((name, i) => customs.indexOf(name) !== i)).toEqual([]);
  await reviewer.close();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a refused page keeps every choice and every text as the person left it", async ({ page }) => {
    await firstTheme(page);
    const first = questions(page).first();
    const refused = withNotApplicable(page);
    const refusedId = await refused.getAttribute("id");
    const untouched = page
      .locator(`fieldset.question:not(#${await first.getAttribute("id")}):not(#${refusedId})`)
      .first();
    const note = (question: Locator) => question.getByLabel(/^Toelichting/);
    const openNote = (question: Locator) => question.getByText("Toelichting toevoegen").click();

    await answerChoices(first).last().check();
    await openNote(first);
    await note(first).fill("Zo geregeld sinds vorig jaar");
    await refused.getByRole("radio", NOT_APPLICABLE).check();
    await refused.getByLabel("Licht toe: welk deel, en waarom").fill("Geen eigen terrein");
    await openNote(refused);
    await note(refused).fill("Navragen bij de havenmeester");
    await openNote(untouched);
    await note(untouched).fill("Nog uitzoeken");
    await page.getByRole("button", { name: "Opslaan", exact: true }).click();

    await expect(refused.getByText("Kies waarom deze vraag niet van toepassing is.")).toBeVisible();
    await expect(page.getByRole("region", { name: "Niet alle antwoorden zijn opgeslagen" })).toBeVisible();
    await expect(answerChoices(first).last()).toBeChecked();
    await expect(note(first)).toHaveValue("Zo geregeld sinds vorig jaar");
    await expect(refused.getByRole("radio", NOT_APPLICABLE)).toBeChecked();
    await expect(refused.getByLabel("Licht toe: welk deel, en waarom")).toHaveValue("Geen eigen terrein");
    await expect(note(refused)).toHaveValue("Navragen bij de havenmeester");
    await expect(note(untouched)).toHaveValue("Nog uitzoeken");
  });
});
