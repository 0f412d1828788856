import {
  expect,
  expectAccessible,
  enrolSecondFactor,
  signedIn,
  signIn,
  signUpTerminal,
  test,
  uniqueEmail,
} from "./fixtures";

const PASSWORD = "kwijtgeraakte telefoon 2026";

test("the platform admin resets a lost second factor after the check, which signs the person out and mails them", async ({
  page,
  browser,
}) => {
  const email = uniqueEmail("kwijt");
  const name = `Lotte Kwijt ${Date.now()}`;
  await signUpTerminal(page, email, { organisation: "Kwijt Terminal", adminName: name, password: PASSWORD });
  await page.goto("/settings");
  await page
    .getByRole("region", { name: "Tweestapsverificatie" })
    .getByRole("link", { name: "Tweestapsverificatie beheren" })
    .click();
  await enrolSecondFactor(page, email);

  const admin = await (await browser.newContext({ locale: "nl-NL" })).newPage();
  await signedIn(admin, "beheer@weerbaar.example");
  await admin.goto(`/admin/people?${new URLSearchParams({ q: email })}`);
  const row = admin.getByRole("row").filter({ hasText: email });
  // Without the tick the server refuses, whatever the browser let through.
  const personId = await row.locator('input[name="personId"]').first().inputValue();
  const unticked = await admin.request.post("/admin/people", {
    form: { intent: "resetSecondFactor", personId },
    headers: { Origin: new URL(admin.url()).origin },
  });
  expect(unticked.status()).toBe(400);
  await row.getByText(`Tweede factor van ${name} resetten`).click();
  const check = row.getByLabel(`Ik heb gecontroleerd dat ${name} dit zelf vraagt`, { exact: false });
  await expect(check).toBeVisible();
  await expectAccessible(admin);
  await check.check();
  await row.getByRole("button", { name: `Ja, reset de tweede factor van ${name}` }).click();
  await expect(admin.getByRole("status")).toHaveText(
    "De tweede factor is gereset; de persoon is overal uitgelogd en krijgt een e-mail.",
  );

  // The person's session ended at once.
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/signin/);

  await admin.goto(`/admin/mail?${new URLSearchParams({ recipient: email })}`);
  const mail = admin.getByRole("row").filter({ hasText: email });
  await expect(mail.getByText("Uw tweede factor voor Weerbaar is gereset")).toBeVisible();
  await admin.context().close();

  // The password alone lets the person in again, to set up a new second factor.
  await signIn(page, email, PASSWORD);
  await expect(page).not.toHaveURL(/\/signin/);
});
