import type { Page } from "@playwright/test";
import { expect, signedIn, signIn, startEmptyDraft, test } from "./fixtures";

/** A barge operator's new, empty draft at its first theme; that theme's address. */
async function openFirstThemeOfNewDraft(page: Page): Promise<string> {
  await signedIn(page, "security@moerdijk-barge.example");
  await startEmptyDraft(page);
  await expect(page).toHaveURL(/\/profile$/);
  const theme = page.url().replace(/\/profile$/, "/themes/p1");
  await page.goto(theme);
  return theme;
}

test("answers given offline or after the session ended are kept on the page and saved when the connection or the session comes back", async ({
  page,
  context,
}) => {
  await openFirstThemeOfNewDraft(page);
  const radios = (n: number) => page.locator("fieldset.question").nth(n).locator("input[type=radio]");
  const status = (n: number) => page.locator("fieldset.question").nth(n).getByRole("status");
  const banner = page.locator(".sticky-warning");

  // Offline: the answer stays, the page says which one is not saved, and it is sent once the connection is back.
  await context.setOffline(true);
  await radios(0).last().check();
  await expect(status(0)).toContainText("Nog niet opgeslagen: er is geen verbinding.");
  await expect(banner).toContainText("Eén antwoord is nog niet opgeslagen.");
  await context.setOffline(false);
  await expect(status(0)).toHaveText("Opgeslagen");
  await expect(banner).toHaveCount(0);

  // Signed out meanwhile: signing in again in another tab saves the answer.
  await context.clearCookies();
  await radios(1).first().check();
  await expect(status(1)).toContainText("Nog niet opgeslagen: uw sessie is verlopen.");
  const other = await context.newPage();
  await signIn(other, "security@moerdijk-barge.example");
  await expect(other).not.toHaveURL(/signin/);
  await expect(status(1)).toHaveText("Opgeslagen");

  await page.reload();
  await expect(radios(0).last()).toBeChecked();
  await expect(radios(1).first()).toBeChecked();
});

test("a change made while the previous one is still being saved is saved after it, and only then does the page say so", async ({
  page,
}) => {
  await openFirstThemeOfNewDraft(page);
  const question = page.locator("fieldset.question").first();
  const radios = question.locator("input[type=radio]");
  const status = question.getByRole("status");

  // The first save is held on its way to the server, as on a slow connection.
  let releaseFirst = () => {};
  const firstHeld = new Promise<void>((resolve) => (releaseFirst = resolve));
  let posts = 0;
  await page.route(/\/answers$/, async (route) => {
    if (++posts === 1) await firstHeld;
    await route.continue();
  });
  await radios.first().check();
  await expect.poll(() => posts).toBe(1);
  await radios.last().check();
  releaseFirst();

  // The first reply does not report the newer change as saved; the newer change is not refused as stale.
  await expect(status).toHaveText("Opgeslagen");
  expect(posts).toBe(2);
  await page.unroute(/\/answers$/);
  await page.reload();
  await expect(radios.last()).toBeChecked();
});

test("an answer changed just before going to another part of the scan is saved, not dropped with the page", async ({
  page,
}) => {
  const theme = await openFirstThemeOfNewDraft(page);
  const radios = page.locator("fieldset.question").first().locator("input[type=radio]");
  await radios.last().check();
  // Straight on, before the autosave's pause is over: a client-side navigation to the next part.
  await page.getByRole("navigation", { name: "Onderdelen" }).getByRole("link").nth(2).click();
  await expect(page).not.toHaveURL(theme);
  await expect(page.locator("h1")).not.toHaveText(/Bestuur/);
  await page.goto(theme);
  await expect(radios.last()).toBeChecked();
});
