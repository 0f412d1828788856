import { expect, expectAccessible, inviteMember, signedIn, signUpTerminal, test, uniqueEmail } from "./fixtures";

// Destructive actions open a question first; only its own button does the deed. Actions the
// server would refuse are not offered at all, and the page says why.

test("the only admin of an organisation is offered no change that would be refused, and reads why", async ({
  page,
  browser,
}) => {
  await signUpTerminal(page, uniqueEmail("enig"), { organisation: "Enige Beheerder Terminal", adminName: "Eva Enig" });
  const members = page.getByRole("region", { name: /Leden/ });
  await expect(members.getByText("U bent de enige beheerder: maak eerst iemand anders beheerder.")).toBeVisible();
  await expect(members.getByRole("button", { name: "Maak Eva Enig lid" })).toHaveCount(0);
  await expect(members.getByText("Verwijder Eva Enig", { exact: true })).toHaveCount(0);

  // With a second admin, either may step down.
  const memberContext = await browser.newContext({ locale: "nl-NL" });
  await inviteMember(page, await memberContext.newPage(), "Piet Tweede");
  await memberContext.close();
  await page.reload();
  await members.getByRole("button", { name: "Maak Piet Tweede beheerder" }).click();
  await expect(members.getByRole("button", { name: "Maak Eva Enig lid" })).toBeVisible();
  await expect(members.getByText("U bent de enige beheerder")).toHaveCount(0);
  await expectAccessible(page);
});

test("removing a member asks first, and nothing is removed until it is confirmed", async ({ page, browser }) => {
  await signUpTerminal(page, uniqueEmail("vraag"), { organisation: "Vraag Eerst Terminal", adminName: "Eva Vraag" });
  const memberContext = await browser.newContext({ locale: "nl-NL" });
  await inviteMember(page, await memberContext.newPage(), "Bas Weg");
  await memberContext.close();
  await page.reload();
  const members = page.getByRole("region", { name: /Leden/ });
  const row = members.getByRole("row").filter({ hasText: "Bas Weg" });

  await row.getByText("Verwijder Bas Weg", { exact: true }).click();
  await expect(row.getByText("Weet u het zeker?")).toBeVisible();
  await expectAccessible(page);
  await page.reload();
  await expect(row).toHaveCount(1);

  await row.getByText("Verwijder Bas Weg", { exact: true }).click();
  await row.getByRole("button", { name: "Ja, verwijder Bas Weg" }).click();
  await expect(row).toHaveCount(0);
});

test("an admin withdraws an open invitation after a question, and its link stops working", async ({ page }) => {
  await signUpTerminal(page, uniqueEmail("intrek"), { organisation: "Intrek Terminal" });
  const email = uniqueEmail("uitgenodigd");
  await page.getByLabel("E-mailadres van uw collega").fill(email);
  await page.getByRole("button", { name: "Uitnodigingslink maken" }).click();
  const link = await page.getByLabel("Uitnodigingslink").inputValue();
  const open = page.getByRole("listitem").filter({ hasText: email });
  await open.getByText(`Uitnodiging voor ${email} intrekken`, { exact: true }).click();
  await expect(open.getByText("De link in de uitnodiging werkt daarna niet meer.")).toBeVisible();
  await expectAccessible(page);
  await open.getByRole("button", { name: `Ja, trek de uitnodiging voor ${email} in` }).click();
  await expect(open).toHaveCount(0);
  await page.goto(new URL(link).pathname);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Deze uitnodiging is niet bruikbaar");
  await expect(page).toHaveTitle("Deze uitnodiging is niet bruikbaar · Weerbaar");
  await expect(page.getByLabel("Uw naam")).toHaveCount(0);
});

test("without JavaScript, revoking an API key asks first and works once confirmed", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: "nl-NL" });
  const page = await context.newPage();
  await signedIn(page, "security@delta-forwarding.example");
  await page.goto("/settings");
  const name = `Zonder script ${Date.now()}`;
  await page.getByLabel("Naam van de sleutel").fill(name);
  await page.getByRole("button", { name: "Sleutel maken" }).click();
  await expect(page.getByLabel("Nieuwe sleutel")).toHaveValue(/^wbr_/);
  await expect(page.getByLabel("Naam van de sleutel")).toHaveValue("");
  await page.goto("/settings");
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row.getByRole("button", { name: `Ja, trek ${name} in` })).toBeHidden();
  await row.getByText(`Trek ${name} in`, { exact: true }).click();
  await row.getByRole("button", { name: `Ja, trek ${name} in` }).click();
  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.getByRole("row").filter({ hasText: name })).toContainText("Ingetrokken");
  await context.close();
});

test("the platform admin reads why their own account has no actions, and a deactivation asks first", async ({
  page,
}) => {
  await signedIn(page, "beheer@weerbaar.example");
  await page.goto("/admin/people?q=beheer%40weerbaar.example");
  const own = page.getByRole("row").filter({ hasText: "beheer@weerbaar.example" });
  await expect(own).toContainText("U kunt uw eigen account en beheerdersrol hier niet wijzigen.");
  await expect(own.getByText("Rol intrekken")).toHaveCount(0);

  await page.goto("/admin/people?q=planning%40maasvlakte-terminal.example");
  const other = page.getByRole("row").filter({ hasText: "planning@maasvlakte-terminal.example" });
  await other.getByText(/uitschakelen$/).click();
  await expect(other.getByText("Weet u het zeker?")).toBeVisible();
  await page.reload();
  await expect(other).toContainText("Actief");
});
