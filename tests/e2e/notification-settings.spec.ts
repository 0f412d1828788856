import { expect, expectAccessible, NEW_PASSWORD, signIn, signOut, signUpTerminal, test, uniqueEmail } from "./fixtures";

test("a notification switched off on /settings stays off after a reload", async ({ page }) => {
  await signUpTerminal(page, uniqueEmail("meldingen"), { organisation: "Meldingen Terminal BV" });
  await page.goto("/settings");
  const group = page.getByRole("group", { name: "Stuur mij een e-mail" });
  const assigned = group.getByLabel("als iemand mij een thema van een zelfscan toewijst");
  const digest = group.getByLabel(/één keer per dag, over mijn acties/);
  // On until switched off, and an admin is offered every kind.
  await expect(group.getByRole("checkbox")).toHaveCount(6);
  await expect(group.getByLabel(/als het delen van ons rapport binnen 30 dagen afloopt/)).toBeChecked();
  await expect(assigned).toBeChecked();
  await assigned.uncheck();
  await page.getByRole("button", { name: "Meldingen opslaan" }).click();
  await expect(page.getByRole("status")).toHaveText("Uw keuze voor meldingen is opgeslagen.");
  await expectAccessible(page);

  await page.reload();
  await expect(assigned).not.toBeChecked();
  await expect(digest).toBeChecked();
});

test("mail follows the language a person signs in with: an English browser makes it English", async ({
  page,
  browser,
}) => {
  const email = uniqueEmail("taal");
  await signUpTerminal(page, email, { organisation: "Taal Terminal BV" });
  await page.goto("/settings");
  await expect(page.getByText("Weerbaar mailt u in het Nederlands")).toBeVisible();

  // The same person on a computer set to English, without ever pressing the language switch.
  const english = await (await browser.newContext({ locale: "en-GB" })).newPage();
  await english.goto("/signin");
  await english.getByLabel("E-mail address").fill(email);
  await english.getByLabel("Password").fill(NEW_PASSWORD);
  await english.getByRole("button", { name: "Sign in" }).click();
  await expect(english).not.toHaveURL(/\/signin/);
  await english.goto("/settings");
  await expect(english.getByText("Weerbaar e-mails you in English")).toBeVisible();
  await expectAccessible(english);

  // Back in the Dutch browser, signing in again makes it Dutch again.
  await signOut(page);
  await signIn(page, email, NEW_PASSWORD);
  await expect(page).not.toHaveURL(/\/signin/);
  await page.goto("/settings");
  await expect(page.getByText("Weerbaar mailt u in het Nederlands")).toBeVisible();
  await english.context().close();
});
