import type { Page } from "@playwright/test";
import { expect, signedIn, test } from "./fixtures";

const ADMIN = "beveiliging@maasvlakte-terminal.example";
const PAGES = [
  "/",
  "/advice",
  "/scoring",
  "/assessments",
  "/organisation",
  "/organisation/profile",
  "/settings",
  "/settings/two-factor",
  "/no-such-page",
];

/** The title of every page kind, read after the page has hydrated. */
async function titlesOf(page: Page, paths: string[]): Promise<string[]> {
  const titles: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    titles.push(await page.title());
  }
  return titles;
}

test("every page has a title of its own, in the reader's language, also after a client-side navigation", async ({
  page,
}) => {
  await signedIn(page, ADMIN);
  await page.goto("/assessments");
  // A submitted assessment: tests in the other lane may delete this organisation's open draft.
  const assessment = await page
    .getByRole("row")
    .filter({ hasText: "Ingediend" })
    .first()
    .getByRole("link")
    .getAttribute("href");
  expect(assessment).toMatch(/^\/assessments\/[0-9a-f-]+$/);
  const paths = [...PAGES, assessment!, `${assessment}/profile`, `${assessment}/review`];

  const dutch = await titlesOf(page, paths);
  for (const [i, title] of dutch.entries()) expect(title, paths[i]).toMatch(/^\S.* · Weerbaar$/);
  expect(new Set(dutch).size).toBe(dutch.length);
  expect(dutch).toContain("Instellingen · Weerbaar");
  expect(dutch).toContain("Pagina niet gevonden · Weerbaar");

  await page.goto("/settings");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page).toHaveTitle("Settings · Weerbaar");
  const english = await titlesOf(page, paths);
  // Only the organisation's own name reads the same in both languages.
  for (const [i, title] of english.entries()) {
    if (paths[i] !== "/organisation") expect(title, paths[i]).not.toBe(dutch[i]);
  }
  expect(english).toContain("Page not found · Weerbaar");
  expect(english).toContain("Advice library · Weerbaar");

  // A page whose loader refuses (an assessment that is not the reader's) takes the error's title.
  await page.goto("/assessments/00000000-0000-4000-8000-000000000000/review");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page).toHaveTitle("Page not found · Weerbaar");

  // A client-side navigation changes the title without loading the page again.
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "How the score works" }).click();
  await expect(page).toHaveTitle("How the score works · Weerbaar");
});

test("after a client-side navigation the new page's title is announced", async ({ page }) => {
  await page.goto("/");
  const announcer = page.locator('[aria-live="polite"]').filter({ hasText: "· Weerbaar" });
  await expect(announcer).toHaveCount(0);
  await page.getByRole("contentinfo").getByRole("link", { name: "Zo werkt de score" }).click();
  await expect(page).toHaveTitle("Zo werkt de score · Weerbaar");
  await expect(announcer).toHaveText("Zo werkt de score · Weerbaar");
  await page.getByRole("contentinfo").getByRole("link", { name: "Adviesbibliotheek" }).click();
  await expect(announcer).toHaveText("Adviesbibliotheek · Weerbaar");
  // Back on the first page, it is announced too.
  // One step at a time: a second back before the first has landed aborts its request, which
  // the router (single fetch) reports as an unhandled AbortError.
  await page.goBack();
  await expect(announcer).toHaveText("Zo werkt de score · Weerbaar");
  await page.goBack();
  await expect(announcer).toHaveText(
    "Maak uw haven- of logistiek bedrijf weerbaar tegen criminele inmenging · Weerbaar",
  );
});
