import { expect, expectAccessible, signedIn, test } from "./fixtures";

// Each form posts to an action route of its own. With JavaScript the page it stands on shows
// the reply; without, the browser lands on the action route's page, which shows the form again.
// (axe needs script in the page, so it checks only the page with JavaScript.)

test("without JavaScript, a refused form shows its errors and what was typed on its own page", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: "nl-NL" });
  const page = await context.newPage();
  await signedIn(page, "security@delta-forwarding.example");

  await page.goto("/organisation");
  await page.getByLabel("E-mailadres van uw collega").fill("geen-adres");
  await page.getByRole("button", { name: "Uitnodigingslink maken" }).click();
  await expect(page).toHaveURL(/\/organisation\/invitations$/);
  await expect(page.getByRole("alert")).toHaveText(/Vul een geldig e-mailadres in/);
  await expect(page.getByLabel("E-mailadres van uw collega")).toHaveValue("geen-adres");
  await page.getByLabel("E-mailadres van uw collega").fill("collega@delta-forwarding.example");
  await page.getByRole("button", { name: "Uitnodigingslink maken" }).click();
  await expect(page.getByLabel("Uitnodigingslink")).toHaveValue(/\/invitations\//);

  await page.goto("/settings");
  await page.getByRole("button", { name: "Sleutel maken" }).click();
  await expect(page).toHaveURL(/\/settings\/tokens$/);
  await expect(page.getByRole("alert")).toHaveText(/Geef de sleutel een naam/);

  await page.goto("/settings");
  await page.getByLabel("Huidig wachtwoord").fill("niet het goede wachtwoord");
  await page.getByLabel("Nieuw wachtwoord").fill("een heel nieuw wachtwoord 2026");
  await page.getByRole("button", { name: "Wijzig wachtwoord" }).click();
  await expect(page).toHaveURL(/\/settings\/password$/);
  await expect(page.getByText("Het huidige wachtwoord klopt niet.")).toBeVisible();
  await page.getByRole("link", { name: "Instellingen" }).first().click();
  await expect(page).toHaveURL(/\/settings$/);
  await context.close();
});

test("without JavaScript, a platform admin's refused association keeps the typed name", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: "nl-NL" });
  const page = await context.newPage();
  await signedIn(page, "beheer@weerbaar.example");
  await page.goto("/admin");
  const name = page.getByRole("textbox", { name: "Naam", exact: true }).first();
  await name.fill("X");
  await page.getByRole("button", { name: "Brancheorganisatie aanmaken" }).click();
  await expect(page).toHaveURL(/\/admin\/associations$/);
  await expect(name).toHaveValue("X");
  await expect(page.getByText("Gebruik minstens 2 tekens.")).toBeVisible();
  await expect(page.getByText("Kies minstens één sector.")).toBeVisible();
  await context.close();
});

test("with JavaScript, a refusal from the server appears beside the field and the page stays", async ({ page }) => {
  await signedIn(page, "security@delta-forwarding.example");
  await page.goto("/settings");
  const form = page.getByRole("region", { name: "Wachtwoord wijzigen" });
  await form.getByLabel("Huidig wachtwoord").fill("niet het goede wachtwoord");
  await form.getByLabel("Nieuw wachtwoord").fill("een heel nieuw wachtwoord 2026");
  await form.getByRole("button", { name: "Wijzig wachtwoord" }).click();
  await expect(form.getByText("Het huidige wachtwoord klopt niet.")).toBeVisible();
  await expect(form.getByLabel("Huidig wachtwoord")).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/settings$/);
  await expectAccessible(page);
});
