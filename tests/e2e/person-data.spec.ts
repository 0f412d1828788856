import { readFile } from "node:fs/promises";
import {
  confirmWithPassword,
  expect,
  expectAccessible,
  inviteMember,
  NEW_PASSWORD,
  signUpTerminal,
  test,
  uniqueEmail,
} from "./fixtures";

test("a person downloads their own data and erases their account; the organisation keeps going", async ({
  page,
  browser,
}) => {
  const adminEmail = uniqueEmail("eigen");
  await signUpTerminal(page, adminEmail, { organisation: "Eigen Gegevens BV" });
  const memberPage = await (await browser.newContext({ locale: "nl-NL" })).newPage();
  await inviteMember(page, memberPage, "Vertrekkend Lid");

  // The admin is the organisation's only admin: erasing is refused with the way out.
  await page.goto("/settings");
  await page.getByRole("link", { name: "Mijn account wissen" }).click();
  await confirmWithPassword(page, NEW_PASSWORD);
  await expect(page).toHaveTitle("Uw account wissen · Weerbaar");
  await expectAccessible(page);
  await page.getByLabel("Typ uw e-mailadres ter bevestiging").fill(adminEmail);
  await page.getByRole("button", { name: "Account definitief wissen" }).click();
  await expect(page.getByRole("alert")).toContainText("U bent de enige beheerder van uw organisatie.");

  // The member downloads their data, then erases the account.
  await memberPage.goto("/settings");
  const downloading = memberPage.waitForEvent("download");
  await memberPage.getByRole("link", { name: "Mijn gegevens downloaden (JSON)" }).click();
  await confirmWithPassword(memberPage, NEW_PASSWORD);
  const exported = JSON.parse(await readFile((await (await downloading).path())!, "utf8")) as {
    account: { name: string };
    roles: { memberships: { organisation: string; role: string }[] };
  };
  expect(exported.account.name).toBe("Vertrekkend Lid");
  expect(exported.roles.memberships).toEqual([{ organisation: "Eigen Gegevens BV", role: "member" }]);
  await memberPage.goto("/settings/delete");
  await memberPage.getByLabel("Typ uw e-mailadres ter bevestiging").fill("iemand@anders.example");
  await memberPage.getByRole("button", { name: "Account definitief wissen" }).click();
  await expect(memberPage.getByText("Dat is niet het e-mailadres van uw account.")).toBeVisible();
  const memberEmail = (exported as unknown as { account: { email: string } }).account.email;
  await memberPage.getByLabel("Typ uw e-mailadres ter bevestiging").fill(memberEmail);
  await memberPage.getByRole("button", { name: "Account definitief wissen" }).click();
  await expect(memberPage.getByRole("status")).toHaveText(
    "Uw account is gewist. De antwoorden die u gaf, blijven bij uw organisatie, zonder uw naam.",
  );

  await page.goto("/organisation");
  await expect(page.getByText("Vertrekkend Lid")).toHaveCount(0);
});
