import { DEMO_PASSWORD, expect, expectAccessible, signIn, signOut, test } from "./fixtures";

test("a wrong password and an unknown e-mail get the same message", async ({ page }) => {
  await signIn(page, "beveiliging@maasvlakte-terminal.example", "not the password");
  const message = page.getByRole("alert");
  await expect(message).toHaveText("Het e-mailadres of het wachtwoord klopt niet.");
  await expect(page.getByLabel("E-mailadres")).toHaveValue("beveiliging@maasvlakte-terminal.example");
  await expect(page.getByLabel("Wachtwoord")).toHaveValue("");
  await expectAccessible(page);

  await signIn(page, "niemand@nergens.example", DEMO_PASSWORD);
  await expect(page.getByRole("alert")).toHaveText("Het e-mailadres of het wachtwoord klopt niet.");
});

test("each role lands on a home page of its own", async ({ page }) => {
  await signIn(page, "analist@havenvereniging.example");
  await expect(page).toHaveURL(/\/association$/);
  await expect(page.getByRole("heading", { name: "Havenvereniging Rijnmond (demo)" })).toBeVisible();
  const participation = page.getByRole("table", { name: "Organisaties in de laatste benchmarkrelease per sector" });
  await expect(participation.getByRole("row", { name: /Terminaloperator/ })).toContainText("20–49");
  await expect(participation.getByRole("row", { name: /Havendienstverlener/ })).toContainText(
    "minder dan 5 organisaties",
  );
  await expectAccessible(page);
  // An analyst has no organisation: its pages answer "not found".
  const response = await page.goto("/organisation");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Pagina niet gevonden" })).toBeVisible();
  await expectAccessible(page);
  await signOut(page);

  await signIn(page, "reviewer@douane.example");
  await expect(page).toHaveURL(/\/customs$/);
  await expect(page.getByRole("heading", { level: 1, name: "Douane" })).toBeVisible();
  await expectAccessible(page);
  await signOut(page);

  await signIn(page, "planning@maasvlakte-terminal.example");
  await expect(page).toHaveURL(/\/organisation$/);
  expect((await page.goto("/admin"))?.status()).toBe(404);
  expect((await page.goto("/organisation/profile"))?.status()).toBe(404);
});

test("an unknown page is a translated 404", async ({ page }) => {
  const response = await page.goto("/bestaat-niet");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Pagina niet gevonden" })).toBeVisible();
  await expectAccessible(page);
});
