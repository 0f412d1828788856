import {
  expect,
  expectAccessible,
  heldMail,
  linkIn,
  NEW_PASSWORD,
  signedIn,
  signIn,
  signInFromCheckMail,
  signOut,
  signUpTerminal,
  submitSignUp,
  test,
  uniqueEmail,
} from "./fixtures";

test("a new admin confirms the address from the mail; a taken address gets the very same answer", async ({
  page,
  browser,
}) => {
  const email = uniqueEmail("bevestig");
  const organisation = `Bevestigde Kade ${Date.now()}`;
  await submitSignUp(page, email, { organisation, kvkNumber: "87654321" });
  await expect(page).toHaveTitle("Kijk in uw mail · Weerbaar");
  await expectAccessible(page);
  const answer = { url: page.url(), text: await page.getByRole("main").innerText() };

  // Someone signs up again with the same address: the same page, and nothing reveals the account.
  const other = await (await browser.newContext({ locale: "nl-NL" })).newPage();
  await submitSignUp(other, email.toUpperCase(), { organisation: "Nagemaakte Kade BV" });
  expect({ url: other.url(), text: await other.getByRole("main").innerText() }).toEqual(answer);
  await other.context().close();
  const exists = await heldMail(browser, email, "U hebt al een account bij Weerbaar");
  expect(exists).toContain("dus er is niets aangemaakt");

  // Unconfirmed, the admin signs in and is asked to confirm, and may have the link sent again.
  await signInFromCheckMail(page, email, NEW_PASSWORD);
  await expect(page).toHaveURL(/\/organisation\?welcome$/);
  const notice = page.getByRole("region", { name: "Bevestig uw e-mailadres" });
  await expect(notice).toContainText(`We stuurden een link naar ${email}.`);
  await notice.getByRole("button", { name: "Link opnieuw sturen" }).click();
  await expect(notice.getByRole("status")).toHaveText(`Er is een nieuwe link onderweg naar ${email}.`);
  await expectAccessible(page);

  // The platform admin sees why the organisation cannot be verified yet.
  const verifier = await (await browser.newContext({ locale: "nl-NL" })).newPage();
  await signedIn(verifier, "beheer@weerbaar.example");
  await verifier.goto(`/verification?${new URLSearchParams({ q: organisation })}`);
  const row = verifier.getByRole("row").filter({ hasText: organisation });
  await expect(row).toContainText(
    "Kan pas worden geverifieerd als een beheerder van de organisatie het e-mailadres heeft bevestigd",
  );
  await expect(row.getByRole("button")).toHaveCount(0);

  const link = linkIn(await heldMail(browser, email, "Bevestig uw e-mailadres voor Weerbaar"), "/verify-email");
  await page.goto(link);
  await expect(page).toHaveTitle("E-mailadres bevestigen · Weerbaar");
  await expect(page.getByText(`Bevestig dat ${email} uw e-mailadres is.`)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Bevestigen" }).click();
  await expect(page).toHaveTitle("E-mailadres bevestigd · Weerbaar");
  await expect(page.getByRole("status")).toHaveText("Uw e-mailadres is bevestigd.");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Verder" }).click();
  await expect(page).toHaveURL(/\/organisation\?welcome$/);
  await expect(page.getByRole("heading", { name: "Welkom bij Weerbaar" })).toBeVisible();
  await expect(notice).toHaveCount(0);

  await verifier.reload();
  await expect(row.getByRole("button", { name: `Verifieer ${organisation}` })).toBeVisible();
  await verifier.context().close();

  // The link worked once.
  await page.goto(link);
  await expect(page).toHaveTitle("Deze link werkt niet meer · Weerbaar");
  await expectAccessible(page);
});

test("a new address takes effect only from the link mailed to it, and the old address is told", async ({
  page,
  browser,
}) => {
  const email = uniqueEmail("verhuist");
  const newEmail = uniqueEmail("nieuw-adres");
  await signUpTerminal(page, email, { organisation: "Verhuizende Kade BV" });
  await page.goto("/settings");
  const change = page.getByRole("region", { name: "E-mailadres wijzigen" });
  await expect(change).toContainText(`Uw e-mailadres is nu ${email}.`);
  const ask = async (address: string, password = NEW_PASSWORD) => {
    await change.getByLabel("Nieuw e-mailadres").fill(address);
    await change.getByLabel("Uw wachtwoord ter bevestiging").fill(password);
    await change.getByRole("button", { name: "Link naar nieuw adres sturen" }).click();
  };
  await ask(newEmail, "niet het goede wachtwoord");
  await expect(change.getByText("Het huidige wachtwoord klopt niet.")).toBeVisible();
  // A taken address gets the answer a free one gets; its owner is mailed instead.
  const sentFor = async (address: string) => {
    await ask(address);
    const status = change.getByRole("status");
    await expect(status).toContainText(address);
    return (await status.textContent())?.replace(address, "…");
  };
  const taken = await sentFor("beveiliging@maasvlakte-terminal.example");
  expect(await sentFor(newEmail)).toBe(taken);
  await expectAccessible(page);
  // Nothing changed yet.
  await page.reload();
  await expect(change).toContainText(`Uw e-mailadres is nu ${email}.`);

  const notice = await heldMail(browser, email, "Wijziging van uw e-mailadres bij Weerbaar");
  expect(notice).toContain(`van ${email} in ${newEmail}`);
  const link = linkIn(
    await heldMail(browser, newEmail, "Bevestig uw nieuwe e-mailadres voor Weerbaar"),
    "/verify-email",
  );
  await page.goto(link);
  await expect(page).toHaveTitle("Nieuw e-mailadres bevestigen · Weerbaar");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Bevestigen" }).click();
  await expect(page.getByRole("status")).toHaveText(
    "Uw account gebruikt nu dit nieuwe e-mailadres. Log daarmee voortaan in.",
  );
  await page.getByRole("link", { name: "Verder" }).click();
  await expect(page).toHaveURL(/\/settings$/);
  await expect(change).toContainText(`Uw e-mailadres is nu ${newEmail}.`);
  // A confirmed new address is a confirmed address.
  await expect(page.getByRole("region", { name: "Bevestig uw e-mailadres" })).toHaveCount(0);

  await signOut(page);
  await signIn(page, newEmail, NEW_PASSWORD);
  await expect(page).not.toHaveURL(/\/signin/);
});
