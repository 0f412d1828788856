import { expect, expectAccessible, test } from "./fixtures";

test("a visitor without an account reads and searches the advice library in both languages", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Adviesbibliotheek" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Adviesbibliotheek" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Weerbaarheidsscan haven en logistiek" })).toBeVisible();
  const all = await page.locator("article.advice").count();
  expect(all).toBeGreaterThanOrEqual(65);
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
