import type { Page } from "@playwright/test";
import { expect, expectAccessible, signedIn, test } from "./fixtures";

/** How tall the page is at a width, once its script has drawn what it draws. */
async function heightAt(page: Page, width: number): Promise<number> {
  await page.setViewportSize({ width, height: 900 });
  await page.waitForFunction(() => "__remixRouter" in window);
  return page.evaluate(() => document.documentElement.scrollHeight);
}

/** The pages of the page as Chromium prints it on A4. */
async function printedPages(page: Page): Promise<number> {
  const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
  return pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
}

test("a submitted scan's answers are folded per part, open from the keyboard, and print in full on a few pages", async ({
  page,
}) => {
  await signedIn(page, "security@noordzee-logistiek.example");
  await page.goto("/assessments");
  await page.locator(".scan-status").getByRole("link", { name: "Rapport bekijken" }).click();
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
