import type { Browser, Page } from "@playwright/test";
import {
  expect,
  expectAccessible,
  heldMail,
  joinByInvitation,
  linkIn,
  signedIn,
  signUpTerminal,
  submitSignUp,
  test,
  uniqueEmail,
} from "./fixtures";

const PASSWORD = "kade zeven terminal 2027";

test("an invited colleague joins through the mailed link", async ({ page, browser }) => {
  const adminEmail = uniqueEmail("uitnodiger");
  const memberEmail = uniqueEmail("genodigde");
  await signUpTerminal(page, adminEmail, { organisation: "Uitnodiging Per Post BV" });
  await page.goto("/organisation");
  await page.getByLabel("E-mailadres van uw collega").fill(memberEmail);
  await page.getByRole("button", { name: "Uitnodigingslink maken" }).click();
  await expect(page.getByText(`Uitnodiging voor ${memberEmail} gemaakt en gemaild.`)).toBeVisible();

  // Without a mail server the platform admin sees the held mail, link and all.
  const admin = await (await browser.newContext({ locale: "nl-NL" })).newPage();
  await signedIn(admin, "beheer@weerbaar.example");
  await admin.goto("/admin/mail");
  // Among the newest hundred or not, a person's mails are found by their address.
  await admin.getByLabel("Ontvanger bevat").fill(memberEmail);
  await admin.getByRole("button", { name: "Zoeken" }).click();
  await expect(admin).toHaveURL(/\?recipient=genodigde-/);
  await expect(admin.getByRole("row")).toHaveCount(2);
  await expectAccessible(admin);
  const row = admin.getByRole("row").filter({ hasText: memberEmail });
  // The worker takes the mail from the outbox within seconds.
  await expect(async () => {
    await admin.reload();
    await expect(row.getByText("Niet verstuurd (geen mailserver)")).toBeVisible({ timeout: 1000 });
  }).toPass();
  await expect(row.getByText("Uitnodiging voor Weerbaar")).toBeVisible();
  await row.getByText("Bericht tonen").click();
  const text = (await row.locator("pre").textContent()) ?? "";
  expect(text).toContain("Eva Smit heeft u uitgenodigd om als lid van Uitnodiging Per Post BV mee te werken");
  expect(text).toContain("7 dagen geldig, tot ");
  const link = /https?:\/\/\S+\/invitations\/\S+/.exec(text)?.[0];
  expect(link).toBeDefined();
  await admin.context().close();

  const memberContext = await browser.newContext({ locale: "nl-NL" });
  const memberPage = await memberContext.newPage();
  await memberPage.goto(new URL(link!).pathname);
  await expect(memberPage.getByRole("heading", { name: "Welkom bij Uitnodiging Per Post BV" })).toBeVisible();
  await expect(memberPage).toHaveTitle("Welkom bij Uitnodiging Per Post BV · Weerbaar");
  await expectAccessible(memberPage);
  await joinByInvitation(memberPage, "Joris de Boer", PASSWORD);
  await expect(memberPage).toHaveURL(/\/organisation$/);
  await expect(memberPage.getByRole("heading", { name: "Leden (2)" })).toBeVisible();
  await memberContext.close();
});

/**
 * Uses an invitation link in a window of its own, as anyone it was passed to could: it asks a
 * name, and no password, which only the owner of the address chooses.
 */
async function acceptInOwnWindow(browser: Browser, link: string) {
  const context = await browser.newContext({ locale: "nl-NL" });
  const visitor = await context.newPage();
  await visitor.goto(new URL(link).pathname);
  const email = await visitor.getByLabel("E-mailadres").inputValue();
  await visitor.getByLabel("Uw naam").fill("Nieuwsgierige Beheerder");
  await expect(visitor.getByLabel("Wachtwoord")).toHaveCount(0);
  await visitor.getByRole("button", { name: "Account aanmaken" }).click();
  await expect(visitor.getByRole("heading", { level: 1, name: "Bevestig eerst uw e-mailadres" })).toBeVisible();
  return {
    visitor,
    email,
    answer: { path: new URL(visitor.url()).pathname, text: await visitor.locator("main").innerText() },
  };
}

/** Tries the password on the address, as the one who chose it would. */
async function signInAnswer(visitor: Page, email: string, password: string) {
  await visitor.goto("/signin");
  await visitor.getByLabel("E-mailadres").fill(email);
  await visitor.getByLabel("Wachtwoord").fill(password);
  await visitor.getByRole("button", { name: "Inloggen" }).click();
  await expect(visitor.getByText("Het e-mailadres of het wachtwoord klopt niet.")).toBeVisible();
  return { path: new URL(visitor.url()).pathname, text: await visitor.locator("main").innerText() };
}

test("an admin who uses their own copied invitation links cannot tell whether an address has an account", async ({
  page,
  browser,
}) => {
  const takenEmail = uniqueEmail("bestaand");
  const freeEmail = uniqueEmail("vrij");
  // The taken address gets its account as anyone's would: by signing up.
  const other = await browser.newContext({ locale: "nl-NL" });
  await submitSignUp(await other.newPage(), takenEmail, { organisation: "Al Bestaand BV", adminName: "Bas Bestaand" });
  await other.close();

  await signUpTerminal(page, uniqueEmail("nieuwsgierig"), { organisation: "Nieuwsgierig BV" });
  const invite = async (email: string) => {
    await page.goto("/organisation");
    await page.getByLabel("E-mailadres van uw collega").fill(email);
    await page.getByRole("button", { name: "Uitnodigingslink maken" }).click();
    return page.getByLabel("Uitnodigingslink").inputValue();
  };
  const takenLink = await invite(takenEmail);
  const freeLink = await invite(freeEmail);
  const members = page.getByRole("table", { name: "Leden van de organisatie en hun rol" });
  const inviterSees = async () => {
    await page.goto("/organisation");
    return {
      heading: await page.locator("#members-title").innerText(),
      members: await members.innerText(),
      invitations: await page.locator("#invite-title").locator("..").getByRole("listitem").allInnerTexts(),
    };
  };
  const before = await inviterSees();
  expect(before.heading).toBe("Leden (1)");

  const taken = await acceptInOwnWindow(browser, takenLink);
  await expectAccessible(taken.visitor);
  const afterTaken = await inviterSees();
  const free = await acceptInOwnWindow(browser, freeLink);
  const afterFree = await inviterSees();

  expect(free.answer).toEqual(taken.answer);
  expect(taken.answer.text).toContain("Bij het bevestigen kiest u uw wachtwoord.");
  // The used invitation leaves the open ones alike; no member appears either way.
  expect(afterTaken.heading).toBe("Leden (1)");
  expect(afterFree.heading).toBe("Leden (1)");
  expect(afterTaken.members).toBe(before.members);
  expect(afterFree.members).toBe(before.members);
  expect(afterTaken.invitations.join()).not.toContain(takenEmail);
  expect(afterTaken.invitations.join()).toContain(freeEmail);
  expect(afterFree.invitations).toEqual([]);
  // Nothing the admin could try signs in to either, with the answer any wrong password gets.
  const guess = "eigen sleutel 2027";
  const wrong = await signInAnswer(free.visitor, freeEmail, "een ander wachtwoord 99");
  expect(await signInAnswer(free.visitor, freeEmail, guess)).toEqual(wrong);
  expect(await signInAnswer(taken.visitor, takenEmail, guess)).toEqual(
    await signInAnswer(taken.visitor, takenEmail, "een ander wachtwoord 99"),
  );
  await free.visitor.context().close();
  await taken.visitor.context().close();

  // The owner of the free address confirms it from the mail and chooses the password there.
  const owner = await (await browser.newContext({ locale: "nl-NL" })).newPage();
  await owner.goto(
    linkIn(await heldMail(browser, freeEmail, "Bevestig uw e-mailadres voor Weerbaar"), "/verify-email"),
  );
  await expect(owner.getByText(`Bevestig dat ${freeEmail} uw e-mailadres is en kies het wachtwoord`)).toBeVisible();
  await expectAccessible(owner);
  await owner.getByLabel("Wachtwoord").fill(freeEmail);
  await owner.getByRole("button", { name: "Bevestigen" }).click();
  await expect(owner.getByText("Dit wachtwoord is te makkelijk te raden", { exact: false })).toBeVisible();
  await owner.getByLabel("Wachtwoord").fill(PASSWORD);
  await owner.getByRole("button", { name: "Bevestigen" }).click();
  await expect(owner.getByRole("heading", { level: 1, name: "E-mailadres bevestigd" })).toBeVisible();
  await owner.getByRole("link", { name: "Verder" }).click();
  await expect(owner.getByRole("heading", { level: 1, name: "Inloggen" })).toBeVisible();
  await owner.getByLabel("E-mailadres").fill(freeEmail);
  await owner.getByLabel("Wachtwoord").fill(PASSWORD);
  await owner.getByRole("button", { name: "Inloggen" }).click();
  await expect(owner).toHaveURL(/\/organisation$/);
  await owner.context().close();
  expect((await inviterSees()).heading).toBe("Leden (2)");
  // The admin's guess still opens nothing.
  const admin = await (await browser.newContext({ locale: "nl-NL" })).newPage();
  expect(await signInAnswer(admin, freeEmail, guess)).toEqual(wrong);
  await admin.context().close();
});
