import type { Page } from "@playwright/test";
import { expect, expectAccessible, openLatestReport, test } from "./fixtures";

/**
 * How tall the page is when loaded at a width, once its script has taken over and folded what
 * it folds at that width (`folded` counts those folds).
 */
async function heightAt(page: Page, width: number, folded = 0): Promise<number> {
  await page.setViewportSize({ width, height: 900 });
  await page.reload();
  await page.waitForFunction(() => "__remixRouter" in window);
  await expect(page.locator("details.narrow-fold:not([open])")).toHaveCount(folded);
  return page.evaluate(() => document.documentElement.scrollHeight);
}

/** The pages of the page as Chromium prints it on A4. */
async function printedPages(page: Page): Promise<number> {
  const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
  return pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
}

test("the report is shorter at every width, and on a phone its position chart folds behind the table that repeats it", async ({
  page,
}) => {
  await openLatestReport(page, "security@noordzee-logistiek.example");
  await expect(page).toHaveURL(/\/report$/);
  // Before, with every theme's reasons and all charts open: 17,800 px at 390 px, 8,600 at 1280.
  // On a desktop the charts stand beside their tables, with nothing to unfold.
  expect(await heightAt(page, 1280)).toBeLessThan(8000);
  await expect(page.locator("details.narrow-fold")).toHaveCount(0);
  // At 390 px the position chart folds behind its summary; the table beside it stays in view.
  expect(await heightAt(page, 390, 1)).toBeLessThan(15000);
  const position = page.getByRole("region", { name: "Uw positie in de sector" });
  const fold = position.locator("details.narrow-fold");
  await expect(position.getByRole("table")).toBeVisible();
  // Opened from the keyboard, it draws at the width there is.
  await fold.locator("summary").focus();
  await page.keyboard.press("Enter");
  const chart = fold.locator(".chart");
  await expect(chart).toHaveAttribute("data-drawn", "true");
  await expect.poll(async () => (await chart.locator("canvas").boundingBox())?.height ?? 0).toBeGreaterThan(200);
  await expectAccessible(page);
});

test("a submitted scan's answers are folded per part, open from the keyboard, and print in full on a few pages", async ({
  page,
}) => {
  await openLatestReport(page, "security@noordzee-logistiek.example");
  await expect(page).toHaveURL(/\/report$/);
  await page.goto(page.url().replace(/\/report$/, "/review"));

  const parts = page.locator("details.review-section");
  // The profile and every theme shown to a haulier.
  expect(await parts.count()).toBeGreaterThanOrEqual(10);
  expect(await parts.evaluateAll((all) => all.filter((d) => (d as HTMLDetailsElement).open).length)).toBe(0);
  await expect(parts.first().locator("summary")).toHaveText(/^Profiel van uw organisatie: \d+ antwoorden$/);
  // Each part was a table of its own, one under the other: 22,500 px at 390 px, 11,000 at 1280.
  expect(await heightAt(page, 390)).toBeLessThan(4000);
  expect(await heightAt(page, 1280)).toBeLessThan(2500);

  const theme = parts.nth(1);
  await theme.locator("summary").focus();
  await page.keyboard.press("Enter");
  const table = theme.getByRole("table", { name: /^Antwoorden bij .+ en wie ze gaf$/ });
  await expect(table).toBeVisible();
  // The question names its row: a screen reader reads it with each answer.
  expect(await table.getByRole("rowheader").count()).toBeGreaterThan(0);
  await expectAccessible(page);

  // On paper every part's answers are there, folded or not, and the buttons are not.
  await page.emulateMedia({ media: "print" });
  for (const part of await parts.all()) await expect(part.locator("table")).toBeVisible();
  await expect(page.getByRole("button", { name: "Nieuwe zelfscan starten vanuit deze" })).toBeHidden();
  // Sixteen pages before.
  expect(await printedPages(page)).toBeLessThanOrEqual(8);
});
