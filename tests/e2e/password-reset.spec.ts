import { expect, expectAccessible, signedIn, signIn, signOut, signUpTerminal, test, uniqueEmail } from "./fixtures";

const RESET_PASSWORD = "nieuwe kade sleutel 2027";

test("a person who forgot their password gets back in through the mailed link, once", async ({ page, browser }) => {
  const email = uniqueEmail("vergeten");
  await signUpTerminal(page, email, { organisation: "Vergeten Wachtwoord BV" });
  await signOut(page);

  await page.goto("/signin");
  await page.getByRole("link", { name: "Wachtwoord vergeten?" }).click();
  await expect(page).toHaveTitle("Wachtwoord vergeten · Weerbaar");
  await expectAccessible(page);
  // An address without an account gets the very answer a known one gets.
  const answerFor = async (address: string) => {
    await page.getByLabel("E-mailadres").fill(address);
    await page.getByRole("button", { name: "Link versturen" }).click();
    const answer = page.getByRole("status");
    await expect(answer).toContainText(address);
    return (await answer.textContent())?.replace(address, "…");
  };
  const unknown = await answerFor(uniqueEmail("niemand"));
  const known = await answerFor(email);
  expect(known).toBe(unknown);
  await expectAccessible(page);

  // Without a mail server the platform admin sees the held mail, link and all.
  const admin = await (await browser.newContext({ locale: "nl-NL" })).newPage();
  await signedIn(admin, "beheer@weerbaar.example");
  await admin.goto("/admin");
  await admin.getByRole("link", { name: "E-mail bekijken" }).click();
  await expect(admin).toHaveTitle("E-mail · Weerbaar");
  // The sign-up mailed a link to confirm the address too.
  const row = admin.getByRole("row").filter({ hasText: email }).filter({ hasText: "Een nieuw wachtwoord kiezen" });
  // The worker takes the mail from the outbox within seconds.
  await expect(async () => {
    await admin.reload();
    await expect(row.getByText("Niet verstuurd (geen mailserver)")).toBeVisible({ timeout: 1000 });
  }).toPass();
  await row.getByText("Bericht tonen").click();
  await expectAccessible(admin);
  const text = (await row.locator("pre").textContent()) ?? "";
  expect(text).toContain("Beste Eva Smit,");
  const link = /https?:\/\/\S+\/password\/reset\/\S+/.exec(text)?.[0];
  expect(link).toBeDefined();
  await admin.context().close();

  await page.goto(new URL(link!).pathname);
  await expect(page).toHaveTitle("Nieuw wachtwoord kiezen · Weerbaar");
  await expect(page.getByText(`Kies een nieuw wachtwoord voor ${email}.`)).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill("welkom123456");
  await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  await expect(page.getByText("Dit wachtwoord is te makkelijk te raden")).toBeVisible();
  await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill(RESET_PASSWORD);
  await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  await expect(page).toHaveURL(/\/signin\?reason=passwordReset$/);
  await expect(page.getByRole("status")).toHaveText(
    "Uw wachtwoord is gewijzigd en u bent overal uitgelogd. Log in met uw nieuwe wachtwoord.",
  );

  await signIn(page, email, RESET_PASSWORD);
  await expect(page).not.toHaveURL(/\/signin/);

  // The link worked once.
  await signOut(page);
  await page.goto(new URL(link!).pathname);
  await expect(page).toHaveTitle("Deze link werkt niet meer · Weerbaar");
  await expect(page.getByRole("link", { name: "Nieuwe link aanvragen" })).toBeVisible();
  await expectAccessible(page);
});
