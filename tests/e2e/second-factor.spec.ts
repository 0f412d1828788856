import {
  DEMO_PASSWORD,
  expect,
  enrolSecondFactor,
  expectAccessible,
  freshTotpCode,
  signedIn,
  signUpTerminal,
  test,
  typeSecondFactor,
  uniqueEmail,
  signOut,
} from "./fixtures";

test("a customs reviewer needs the code from the app after the password; a wrong code gets no further", async ({
  page,
}) => {
  await page.goto("/signin?redirectTo=%2Fcustoms%2Forganisations");
  await page.getByLabel("E-mailadres").fill("reviewer@douane.example");
  await page.getByLabel("Wachtwoord").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Code uit uw authenticator-app" })).toBeVisible();
  await expectAccessible(page);

  // The password alone opens nothing.
  const early = await page.request.get("/customs", { maxRedirects: 0 });
  expect(early.status()).toBe(302);
  expect(early.headers().location).toMatch(/^\/signin/);

  await page.getByLabel("Code", { exact: true }).fill("12345a");
  await page.getByRole("button", { name: "Verder" }).click();
  await expect(page.getByRole("alert")).toHaveText(
    "Deze code klopt niet of is al gebruikt. Wacht op de volgende code en probeer het opnieuw.",
  );
  await expect(page).toHaveURL(/\/signin\/code/);
  await typeSecondFactor(page, "reviewer@douane.example");
  await expect(page).toHaveURL(/\/customs\/organisations$/);
});

test("an org admin turns two-step verification on, signs in with a recovery code, confirms sharing with a code, and turns it off", async ({
  page,
}) => {
  const email = uniqueEmail("tweestaps");
  const password = "een lang wachtwoord 2026";
  await signUpTerminal(page, email, { organisation: "Tweestaps Terminal", password });

  await page.goto("/settings");
  const status = page.getByRole("region", { name: "Tweestapsverificatie" });
  await expect(status).toContainText("Uit");
  await status.getByRole("link", { name: "Tweestapsverificatie beheren" }).click();
  await expect(page.getByText("Wij raden het aan.")).toBeVisible();
  const { secret, codes } = await enrolSecondFactor(page, email);
  expect(codes).toHaveLength(10);

  await page.goto("/settings");
  await signOut(page);
  await page.goto("/signin");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await page.getByLabel("Code", { exact: true }).fill(codes[0]!);
  await page.getByRole("button", { name: "Verder" }).click();
  await expect(page).toHaveURL(/\/home|\/organisation$/);

  // Sharing asks for the password and a code again.
  await page.goto("/organisation/sharing");
  await expect(page).toHaveURL(/\/confirm\?redirectTo=%2Forganisation%2Fsharing$/);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByLabel("Code", { exact: true }).fill(codes[0]!);
  await page.getByRole("button", { name: "Bevestigen" }).click();
  await expect(page.getByRole("alert")).toHaveText("Het wachtwoord of de code klopt niet.");
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByLabel("Code", { exact: true }).fill(await freshTotpCode(page, email, secret));
  await page.getByRole("button", { name: "Bevestigen" }).click();
  await expect(page).toHaveURL(/\/organisation\/sharing$/);

  await page.goto("/settings/two-factor");
  await expect(page.getByText("U hebt nog 9 ongebruikte herstelcodes.")).toBeVisible();
  await expectAccessible(page);
  // The password alone does not turn it off, nor does a wrong code.
  const withoutCode = await page.request.post("/settings/two-factor/disable", { form: { password } });
  expect(withoutCode.status()).toBe(400);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByLabel("Code", { exact: true }).fill("abcde-fghjk");
  await page.getByRole("button", { name: "Zet uit" }).click();
  await expect(page.getByRole("alert")).toHaveText("Het wachtwoord of de code klopt niet.");
  await page.reload();
  await expect(page.getByText("U hebt nog 9 ongebruikte herstelcodes.")).toBeVisible();
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByLabel("Code", { exact: true }).fill(codes[1]!);
  await page.getByRole("button", { name: "Zet uit" }).click();
  await expect(page.getByRole("status")).toHaveText("Tweestapsverificatie staat uit.");
  await signOut(page);
  await signedIn(page, email, password);
  await expect(page).not.toHaveURL(/\/signin\/code/);
});
