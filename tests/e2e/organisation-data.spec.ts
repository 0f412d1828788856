import { readFile } from "node:fs/promises";
import { confirmWithPassword, expect, expectAccessible, signIn, signUpTerminal, test, uniqueEmail } from "./fixtures";

test("an org admin exports all data, then deletes the organisation after typing its name", async ({ page }) => {
  const email = uniqueEmail("weg");
  const password = "een lang wachtwoord 2026";
  await signUpTerminal(page, email, { organisation: "Tijdelijk Depot", password });
  await expect(page.getByRole("heading", { level: 1, name: "Tijdelijk Depot" })).toBeVisible();

  // Exporting everything asks for the password again first, then the file downloads.
  await page.getByRole("link", { name: "Alle gegevens downloaden (JSON)" }).click();
  await expectAccessible(page);
  await page.getByLabel("Wachtwoord").fill("not the password at all");
  await page.getByRole("button", { name: "Bevestigen" }).click();
  await expect(page.getByText("Het wachtwoord of de code klopt niet.")).toBeVisible();
  const downloading = page.waitForEvent("download");
  await confirmWithPassword(page, password);
  const file = await (await downloading).path();
  const exported = JSON.parse(await readFile(file, "utf8")) as {
    organisation: { name: string };
    members: { email: string }[];
    auditTrail: { action: string }[];
    assessments: unknown[];
  };
  expect(exported.organisation.name).toBe("Tijdelijk Depot");
  expect(exported.members.map((m) => m.email)).toEqual([email]);
  expect(exported.auditTrail.map((a) => a.action)).toContain("sign_up");

  await page.goto("/organisation");

  await page.getByRole("link", { name: "Organisatie verwijderen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tijdelijk Depot verwijderen" })).toBeVisible();
  await expect(page).toHaveTitle("Tijdelijk Depot verwijderen · Weerbaar");
  await expectAccessible(page);
  await page.getByLabel("Typ de naam van uw organisatie, Tijdelijk Depot, om te bevestigen").fill("Tijdelijk depot");
  await page.getByRole("button", { name: "Organisatie definitief verwijderen" }).click();
  await expect(page.getByText("De naam klopt niet: typ hem precies zoals hierboven.")).toBeVisible();
  await page.getByLabel("Typ de naam van uw organisatie, Tijdelijk Depot, om te bevestigen").fill("Tijdelijk Depot");
  await page.getByRole("button", { name: "Organisatie definitief verwijderen" }).click();
  await expect(page.getByRole("status")).toHaveText("Uw organisatie en alle gegevens ervan zijn verwijderd.");

  // The account is gone with it.
  await signIn(page, email, password);
  await expect(page.getByText("Het e-mailadres of het wachtwoord klopt niet.")).toBeVisible();
});

test("a member can neither export nor delete the organisation", async ({ page, baseURL }) => {
  await signIn(page, "planning@maasvlakte-terminal.example");
  await expect(page).toHaveURL(/\/organisation$/);
  expect((await page.request.get("/organisation/export.json")).status()).toBe(404);
  expect(
    (
      await page.request.post("/organisation/delete", {
        form: { confirmName: "Maasvlakte Container Terminal" },
        headers: { Origin: baseURL! },
      })
    ).status(),
  ).toBe(404);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Maasvlakte Container Terminal" })).toBeVisible();
});
