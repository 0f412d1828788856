import { expect, expectAccessible, freshTotpCode, heldMail, linkIn, test, typeSecondFactor } from "./fixtures";

test("the language switch changes every page and persists", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { name: "Who sees what" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Sign in" }).first().click();
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();

  await page.getByLabel("E-mail address").fill("beveiliging@maasvlakte-terminal.example");
  await page.getByLabel("Password").fill("wrong password here");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toHaveText("The e-mail address or password is not correct.");

  await page.goto("/signup");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Fill in this field.").first()).toBeVisible();
  await expectAccessible(page);

  const response = await page.goto("/nowhere");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();

  await page.getByRole("button", { name: "Nederlands" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
});

test("the language switch returns to the page in the address bar, even while the page is still being drawn", async ({
  page,
}) => {
  await page.goto("/signup");
  // Right after a client-side navigation the address is already the new page while the
  // switch's hidden field can still name the previous one; this stands for that moment.
  await page.locator('input[name="redirectTo"]').evaluate((field: HTMLInputElement) => (field.value = "/"));
  await page.getByRole("button", { name: "English" }).click();
  await expect(page).toHaveURL(/\/signup$/);
  await expect(page.getByRole("heading", { level: 1, name: "Register your organisation" })).toBeVisible();
});

test("the platform admin works in English: creates an association and an analyst who joins", async ({
  page,
  browser,
}) => {
  await page.goto("/");
  await page.getByRole("button", { name: "English" }).click();
  await page.goto("/signin");
  await page.getByLabel("E-mail address").fill("beheer@weerbaar.example");
  await page.getByLabel("Password").fill("weerbaar-demo-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Code from your authenticator app" })).toBeVisible();
  await expectAccessible(page);
  await typeSecondFactor(page, "beheer@weerbaar.example");
  await expect(page).toHaveURL(/\/admin$/);
  await expectAccessible(page);

  const name = `Barge association ${Date.now()}`;
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByRole("button", { name: "Create sector association" }).click();
  await expect(page.getByText("Choose at least one sector.")).toBeVisible();
  await page.getByLabel("Barge or rail operator").check();
  await page.getByRole("button", { name: "Create sector association" }).click();
  await expect(page.getByText(`${name}: Barge or rail operator.`)).toBeVisible();

  const analystForm = page.locator("form").filter({ has: page.locator('input[value="analyst"]') });
  await analystForm.getByLabel("Sector association").selectOption({ label: name });
  await analystForm.getByLabel("Analyst's name").fill("Bram Analyst");
  const analystEmail = `bram-${Date.now()}@assoc.example`;
  await analystForm.getByLabel("E-mail address").fill(analystEmail);
  await analystForm.getByRole("button", { name: "Create account" }).click();
  const link = await page.locator("#analyst-link").inputValue();
  await expectAccessible(page);

  const context = await browser.newContext({ locale: "en-GB" });
  const analyst = await context.newPage();
  await analyst.goto(link);
  await expect(analyst.getByRole("heading", { name: `Welcome to ${name}` })).toBeVisible();
  await expect(analyst.getByLabel("Password")).toHaveCount(0);
  await analyst.getByRole("button", { name: "Create account" }).click();
  // The answer an address with an account would get too; the analyst confirms from the mail,
  // which comes in the language they accepted in, choosing the password there, and only then signs in.
  await expect(analyst.getByRole("heading", { level: 1, name: "Confirm your e-mail address first" })).toBeVisible();
  await expectAccessible(analyst);
  await analyst.goto(
    linkIn(await heldMail(browser, analystEmail, "Confirm your e-mail address for Weerbaar"), "/verify-email"),
  );
  await analyst.getByLabel("Password").fill("een lange zin als wachtwoord");
  await analyst.getByRole("button", { name: "Confirm" }).click();
  await expect(analyst.getByRole("heading", { level: 1, name: "E-mail address confirmed" })).toBeVisible();
  await analyst.getByRole("link", { name: "Continue" }).click();
  await expect(analyst.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await analyst.getByLabel("E-mail address").fill(analystEmail);
  await analyst.getByLabel("Password").fill("een lange zin als wachtwoord");
  await analyst.getByRole("button", { name: "Sign in" }).click();
  // An analyst sees other organisations' figures: two-step verification comes before any data.
  await expect(analyst).toHaveURL(/\/settings\/two-factor\?redirectTo=%2Fhome$/);
  await expect(analyst.getByText("Set up two-step verification before you continue.")).toBeVisible();
  await expect(analyst.getByRole("img", { name: "QR code to add Weerbaar to your authenticator app" })).toBeVisible();
  await expectAccessible(analyst);
  expect((await analyst.goto("/association"))?.url()).toContain("/settings/two-factor");
  const secret = (await analyst.getByTestId("totp-secret").textContent())!;
  await analyst.getByLabel("2. Type the 6-digit code the app now shows.").fill("000000");
  await analyst.getByRole("button", { name: "Turn on" }).click();
  await expect(analyst.getByRole("alert")).toHaveText(/This code is not correct/);
  await analyst
    .getByLabel("2. Type the 6-digit code the app now shows.")
    .fill(await freshTotpCode(analyst, analystEmail, secret));
  await analyst.getByRole("button", { name: "Turn on" }).click();
  await expect(analyst.getByRole("heading", { name: "Your recovery codes" })).toBeVisible();
  await expect(analyst.locator(".recovery-codes li")).toHaveCount(10);
  await expectAccessible(analyst);
  await analyst.getByRole("link", { name: "Continue" }).click();
  await expect(analyst).toHaveURL(/\/association$/);
  await expect(analyst.getByRole("heading", { name })).toBeVisible();
  await expectAccessible(analyst);
  await context.close();
});
