import { expect, expectAccessible, test } from "./fixtures";

test("a visitor without an account reads and searches the advice library in both languages", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Adviesbibliotheek" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Adviesbibliotheek" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Weerbaarheidsscan haven en logistiek" })).toBeVisible();
  const all = await page.locator("article.advice").count();
  expect(all).toBeGreaterThanOrEqual(65);
  // Every theme at once: each theme folded to its count, a few screens long (it was about
  // 36,000 px at 1280 px and 102,000 px at 390 px with every item open).
  const first = page.locator("article.advice").first();
  await expect(first).toBeHidden();
  for (const [width, most] of [
    [1280, 4000],
    [390, 6000],
  ]) {
    await page.setViewportSize({ width: width!, height: 900 });
    expect(await page.evaluate(() => document.documentElement.scrollHeight), `${width} px`).toBeLessThan(most!);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  // A theme unfolds to its items' titles, effort and impact; an item to its steps and source.
  await page
    .getByText(/^\d+ adviezen bij dit thema$/)
    .first()
    .click();
  await expect(first).toBeVisible();
  await expect(first.getByRole("listitem").first()).toBeHidden();
  await expect(first).toContainText(/inspanning · /);
  await first.getByText(/stappen en de bron$/).click();
  await expect(first.getByRole("listitem").first()).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Zoek in de adviezen").fill("Secure Chain");
  await page.getByRole("button", { name: "Zoeken" }).click();
  await expect(page).toHaveURL(/\?q=Secure\+Chain/);
  await expect(page.getByRole("status")).toContainText("gevonden voor ‘Secure Chain’");
  const found = await page.locator("article.advice").count();
  expect(found).toBeGreaterThan(0);
  expect(found).toBeLessThan(all);
  for (const text of await page.locator("article.advice").allTextContents()) expect(text).toMatch(/secure chain/i);

  // One theme at a time: its advice only, with the search still applied.
  await page.getByLabel("Zoek in de adviezen").fill("");
  await page.getByLabel("Thema").selectOption({ label: "Containervrijgave, afhaalrecht en de Secure Chain" });
  await page.getByRole("button", { name: "Zoeken" }).click();
  await expect(page).toHaveURL(/theme=port-logistics%2Fp5/);
  await expect(page.getByRole("heading", { level: 3 })).toHaveText([
    "Containervrijgave, afhaalrecht en de Secure Chain",
  ]);
  // A theme's few items show their steps at once.
  await expect(page.locator("article.advice").first().getByRole("listitem").first()).toBeVisible();
  const inTheme = await page.locator("article.advice").count();
  expect(inTheme).toBeGreaterThan(0);
  expect(inTheme).toBeLessThan(all / 3);
  await expectAccessible(page);
  await page.goto("/advice?q=Secure+Chain");

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Advice library" })).toBeVisible();
  await expect(page.getByRole("status")).toContainText("found for ‘Secure Chain’");
  await expectAccessible(page);
});
