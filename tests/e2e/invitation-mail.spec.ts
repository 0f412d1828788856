import { expect, expectAccessible, joinByInvitation, signedIn, signUpTerminal, test, uniqueEmail } from "./fixtures";

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
  const row = admin.getByRole("row").filter({ hasText: memberEmail });
  // The worker takes the mail from the outbox within seconds.
  await expect(async () => {
    await admin.reload();
    await expect(row.getByText("Niet verstuurd (geen mailserver)")).toBeVisible({ timeout: 1000 });
  }).toPass();
  await expect(row.getByText("Uitnodiging voor Weerbaar")).toBeVisible();
  await row.getByText("Bericht tonen").click();
  const text = (await row.locator("pre").textContent()) ?? "";
  expect(text).toContain("als lid van Uitnodiging Per Post BV");
  expect(text).toContain("7 dagen geldig, tot ");
  const link = /https?:\/\/\S+\/invitations\/\S+/.exec(text)?.[0];
  expect(link).toBeDefined();
  await admin.context().close();

  const memberContext = await browser.newContext({ locale: "nl-NL" });
  const memberPage = await memberContext.newPage();
  await memberPage.goto(new URL(link!).pathname);
  await expect(memberPage.getByRole("heading", { name: "Welkom bij Uitnodiging Per Post BV" })).toBeVisible();
  await expectAccessible(memberPage);
  await joinByInvitation(memberPage, "Joris de Boer", PASSWORD);
  await expect(memberPage).toHaveURL(/\/organisation$/);
  await expect(memberPage.getByRole("heading", { name: "Leden (2)" })).toBeVisible();
  await memberContext.close();
});
