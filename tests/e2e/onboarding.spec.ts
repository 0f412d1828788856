import {
  expect,
  expectAccessible,
  joinByInvitation,
  signInFromCheckMail,
  signOut,
  test,
  uniqueEmail,
} from "./fixtures";

const PASSWORD = "zeehaven veilig 2026";

test("a new organisation signs up, signs out and in, invites a colleague who joins", async ({ page, browser }) => {
  const adminEmail = uniqueEmail("admin");
  const memberEmail = uniqueEmail("member");

  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("weerbaar tegen criminele inmenging");
  await expect(page.getByRole("heading", { name: "Wie ziet wat" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Meld uw organisatie aan" }).first().click();
  await expect(page.getByRole("heading", { name: "Organisatie aanmelden" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Naam van de organisatie").fill("Kade 7 Terminal");
  await page.getByLabel("Sector").selectOption({ label: "Terminaloperator" });
  await page.getByLabel("Aantal medewerkers").selectOption({ label: "50–249 medewerkers" });
  await page.getByLabel("Havenregio").selectOption({ label: "Rotterdam-Rijnmond" });
  await page.getByLabel("KvK-nummer (optioneel)").fill("24123456");
  await page.getByLabel("Uw naam").fill("Anouk Jansen");
  await page.getByLabel("E-mailadres").fill(adminEmail);
  await page.getByLabel("Wachtwoord").fill(PASSWORD);
  await page.getByRole("button", { name: "Account aanmaken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kijk in uw mail" })).toBeVisible();
  await expectAccessible(page);
  await signInFromCheckMail(page, adminEmail, PASSWORD);

  // A welcome with the next steps, each leading there.
  await expect(page).toHaveURL(/\/organisation\?welcome$/);
  await expect(page.getByRole("heading", { level: 1, name: "Kade 7 Terminal" })).toBeVisible();
  const welcome = page.getByRole("region", { name: "Welkom bij Weerbaar" });
  await expect(welcome.getByRole("listitem")).toHaveCount(3);
  await expect(welcome.getByRole("link", { name: /^Controleer het profiel/ })).toHaveAttribute(
    "href",
    "/organisation/profile",
  );
  await expect(welcome.getByRole("link", { name: /^Start de zelfscan/ })).toHaveAttribute(
    "href",
    "#scan-port-logistics",
  );
  await expect(page.getByRole("heading", { name: "Leden (1)" })).toBeVisible();
  await expectAccessible(page);

  await signOut(page);
  await page.goto("/organisation");
  await expect(page).toHaveURL(/\/signin\?redirectTo=%2Forganisation/);
  await expectAccessible(page);
  await page.getByLabel("E-mailadres").fill(adminEmail);
  await page.getByLabel("Wachtwoord").fill(PASSWORD);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(/\/organisation$/);

  await page.getByLabel("E-mailadres van uw collega").fill(memberEmail);
  await page.getByRole("button", { name: "Uitnodigingslink maken" }).click();
  const link = await page.getByLabel("Uitnodigingslink").inputValue();
  expect(link).toMatch(/\/invitations\/[A-Za-z0-9_-]{43}$/);
  await expect(page.getByText(`${memberEmail}, geldig tot`)).toBeVisible();
  await expectAccessible(page);

  const memberContext = await browser.newContext({ locale: "nl-NL" });
  const memberPage = await memberContext.newPage();
  await memberPage.goto(link);
  await expect(memberPage.getByRole("heading", { name: "Welkom bij Kade 7 Terminal" })).toBeVisible();
  await expectAccessible(memberPage);
  await joinByInvitation(memberPage, "Joris de Boer", PASSWORD);
  await expect(memberPage).toHaveURL(/\/organisation$/);
  await expect(memberPage.getByRole("heading", { name: "Leden (2)" })).toBeVisible();
  // A member sees the organisation but none of the admin's controls.
  await expect(memberPage.getByText(/^Verwijder/)).toHaveCount(0);
  await expect(memberPage.getByRole("button", { name: /^Maak/ })).toHaveCount(0);
  await expectAccessible(memberPage);

  // The link is single-use.
  await memberContext.clearCookies();
  await memberPage.goto(link);
  await expect(memberPage.getByRole("heading", { name: "Deze uitnodiging is niet bruikbaar" })).toBeVisible();
  await memberContext.close();

  await page.reload();
  await expect(page.getByRole("heading", { name: "Leden (2)" })).toBeVisible();
  const members = page.getByRole("table", { name: "Leden van de organisatie en hun rol" });
  await expect(members.getByRole("row", { name: /Joris de Boer/ })).toContainText("Lid");
  await expect(members.getByRole("row", { name: /Anouk Jansen/ })).toContainText("Beheerder");

  await page.getByRole("button", { name: "Maak Joris de Boer beheerder" }).click();
  await expect(members.getByRole("row", { name: /Joris de Boer/ })).toContainText("Beheerder");
  await page.getByRole("button", { name: "Maak Joris de Boer lid" }).click();
  await expect(members.getByRole("row", { name: /Joris de Boer/ })).toContainText("Lid");
  // The only admin is offered no step that would leave the organisation without one.
  await expect(members.getByRole("row", { name: /Anouk Jansen/ })).toContainText("U bent de enige beheerder");
  await expect(members.getByText("Verwijder Anouk Jansen", { exact: true })).toHaveCount(0);
});

test("sign-up shows each error next to its field and keeps what was typed, except the password", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("Naam van de organisatie").fill("Fout BV");
  await page.getByLabel("KvK-nummer (optioneel)").fill("1234");
  await page.getByLabel("E-mailadres").fill("niet-een-adres");
  await page.getByLabel("Wachtwoord").fill("kort");
  await page.getByRole("button", { name: "Account aanmaken" }).click();
  await expect(page.getByText("Een KvK-nummer bestaat uit 8 cijfers.")).toBeVisible();
  await expect(page.getByText("Gebruik minstens 12 tekens.")).toBeVisible();
  await expect(page.getByLabel("Sector")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Naam van de organisatie")).toHaveValue("Fout BV");
  await expectAccessible(page);
});

test("sign-up without JavaScript answers a taken e-mail address as it answers a new one", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: "nl-NL" });
  const page = await context.newPage();
  await page.goto("/signup");
  await page.getByLabel("Naam van de organisatie").fill("Tweede Terminal");
  await page.getByLabel("Sector").selectOption("terminal_operator");
  await page.getByLabel("Aantal medewerkers").selectOption("10-49");
  await page.getByLabel("Havenregio").selectOption("moerdijk");
  await page.getByLabel("Uw naam").fill("Iemand");
  await page.getByLabel("E-mailadres").fill("beveiliging@maasvlakte-terminal.example");
  await page.getByLabel("Wachtwoord").fill(PASSWORD);
  await page.getByRole("button", { name: "Account aanmaken" }).click();
  // Only the address's owner learns, by mail, that it has an account.
  await expect(page.getByRole("heading", { level: 1, name: "Kijk in uw mail" })).toBeVisible();
  await expect(page).toHaveURL(/\/verify-email\?redirectTo=%2Forganisation%3Fwelcome$/);
  await context.close();
});
