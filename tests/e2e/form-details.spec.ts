import type { Locator } from "@playwright/test";
import nlRoles from "../../app/locales/nl/roles";
import { expect, expectAccessible, signedIn, test } from "./fixtures";

/** The control is marked invalid and described by a message with this text; returns that message. */
async function expectInvalid(control: Locator, message: string): Promise<Locator> {
  await expect(control).toHaveAttribute("aria-invalid", "true");
  const describedBy = (await control.getAttribute("aria-describedby")) ?? "";
  const error = control.page().locator(
    describedBy
      .split(" ")
      .map((id) => `#${id}.field-error`)
      .join(", "),
  );
  await expect(error).toHaveText(message);
  return error;
}

/** How an error message looks: its colour and weight, and the sign before it that is not colour. */
function errorLook(error: Locator) {
  return error
    .locator("p")
    .first()
    .evaluate((p) => {
      const style = getComputedStyle(p);
      const sign = getComputedStyle(p, "::before");
      return { color: style.color, weight: style.fontWeight, sign: sign.content, signColor: sign.color };
    });
}

test("an empty sign-up form marks its select and its text fields alike, each with its own message", async ({
  page,
}) => {
  await page.goto("/signup");
  await page.getByRole("button", { name: "Account aanmaken" }).click();

  const sector = await expectInvalid(page.getByLabel("Sector"), "Maak een keuze.");
  const name = await expectInvalid(page.getByLabel("Uw naam"), "Vul dit veld in.");
  const look = await errorLook(sector);
  expect(look.color).toBe("rgb(179, 38, 30)");
  expect(look.sign).not.toBe("none");
  expect(await errorLook(name)).toEqual(look);
  // The border of an invalid control is the error colour whatever its kind.
  for (const control of [page.getByLabel("Sector"), page.getByLabel("Uw naam")])
    expect(await control.evaluate((c) => getComputedStyle(c).borderInlineStartColor)).toBe("rgb(179, 38, 30)");
  await expectAccessible(page);
});

test("the platform admin's invitation forms name the new person's name, and mark an empty choice", async ({ page }) => {
  await signedIn(page, "beheer@weerbaar.example");
  await page.goto("/admin");
  await expect(page.getByLabel("Uw naam")).toHaveCount(0);

  const analysts = page.locator("form").filter({ has: page.locator('input[value="analyst"]') });
  await analysts.getByRole("button", { name: "Account aanmaken" }).click();
  const association = await expectInvalid(analysts.getByLabel("Brancheorganisatie"), "Maak een keuze.");
  const name = await expectInvalid(analysts.getByLabel("Naam van de analist"), "Vul dit veld in.");
  expect(await errorLook(name)).toEqual(await errorLook(association));

  const reviewers = page.getByRole("region", { name: "Reviewers van de Douane" });
  await expect(reviewers.getByLabel("Naam van de reviewer")).toBeVisible();

  // A checkbox group's message looks like every other field's.
  await page.getByRole("button", { name: "Brancheorganisatie aanmaken" }).click();
  const sectors = page.getByRole("group", { name: "Sectoren die zij vertegenwoordigt" });
  const sectorsError = sectors.locator(".field-error");
  await expect(sectorsError).toHaveText("Kies minstens één sector.");
  expect(await errorLook(sectorsError)).toEqual(await errorLook(association));
  await expectAccessible(page);
});

test("the audit log names roles in the reader's language", async ({ page }) => {
  await signedIn(page, "beheer@weerbaar.example");
  await page.goto("/admin/audit");
  const table = page.getByRole("table", { name: "Auditregels, nieuwste eerst" });
  const roles = await table.locator("tbody tr td:nth-child(3)").allTextContents();
  const named = roles.filter((role) => role !== "—");
  expect(named.length).toBeGreaterThan(0);
  expect(named.filter((role) => !Object.values(nlRoles).includes(role))).toEqual([]);
});
