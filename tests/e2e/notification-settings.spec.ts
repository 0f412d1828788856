import { expect, expectAccessible, signUpTerminal, test, uniqueEmail } from "./fixtures";

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
