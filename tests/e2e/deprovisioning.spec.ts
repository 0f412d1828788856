import { DEMO_PASSWORD, expect, expectAccessible, signedIn, test } from "./fixtures";

// A demo organisation no other test signs in as.
const PERSON = "security@douanezaken.example";

test("a platform admin switches an account off: the person's open page asks them to sign in, and sign-in is refused until it is switched on", async ({
  page,
  browser,
}) => {
  const personContext = await browser.newContext({ locale: "nl-NL" });
  const person = await personContext.newPage();
  await signedIn(person, PERSON);
  await person.goto("/organisation");
  await expect(person.getByRole("heading", { level: 1 })).toBeVisible();

  await signedIn(page, "beheer@weerbaar.example");
  await page.goto("/admin");
  await page.getByRole("link", { name: "Mensen en organisaties" }).click();
  await expect(page).toHaveTitle("Mensen en organisaties · Weerbaar");
  await expectAccessible(page);
  // The list is paged: the admin finds the person by searching.
  await page.getByLabel(/^Zoek op naam of e-mailadres/).fill(PERSON);
  await page.getByRole("button", { name: "Zoeken" }).click();
  await expect(page).toHaveURL(/\?q=/);
  const row = page.getByRole("row").filter({ hasText: PERSON });
  await row.getByText(/uitschakelen$/).click();
  await row.getByRole("button", { name: /^Ja, schakel .* uit$/ }).click();
  await expect(page.getByRole("status")).toHaveText(
    "Het account is uitgeschakeld; de sessies en API-tokens zijn beëindigd.",
  );
  await expect(row).toContainText("Uitgeschakeld op");

  // The next request of the person's open page reaches nothing.
  await person.reload();
  await expect(person).toHaveURL(/\/signin/);
  await person.getByLabel("E-mailadres").fill(PERSON);
  await person.getByLabel("Wachtwoord").fill(DEMO_PASSWORD);
  await person.getByRole("button", { name: "Inloggen" }).click();
  await expect(person).toHaveURL(/\/signin/);

  await row.getByRole("button", { name: /weer inschakelen$/ }).click();
  await expect(page.getByRole("status")).toHaveText("Het account is weer ingeschakeld.");
  await signedIn(person, PERSON);
  await person.goto("/organisation");
  await expect(person).toHaveURL(/\/organisation$/);
  await personContext.close();
});

test("a platform admin withdraws an open invitation: its link no longer works", async ({ page, browser }) => {
  await signedIn(page, "beheer@weerbaar.example");
  await page.goto("/admin");
  const reviewers = page.getByRole("region", { name: "Reviewers van de Douane" });
  await reviewers.getByLabel("Naam").fill("Ingetrokken Reviewer");
  await reviewers.getByLabel("E-mailadres").fill("ingetrokken@douane.example");
  await reviewers.getByRole("button", { name: "Account aanmaken" }).click();
  const link = await page.getByLabel("Uitnodigingslink").inputValue();

  await page.goto("/admin/people");
  await page.getByText("Uitnodiging voor ingetrokken@douane.example intrekken", { exact: true }).click();
  await page.getByRole("button", { name: "Ja, trek de uitnodiging voor ingetrokken@douane.example in" }).click();
  await expect(page.getByRole("status")).toHaveText("De uitnodiging is ingetrokken; de link werkt niet meer.");

  const visitor = await (await browser.newContext({ locale: "nl-NL" })).newPage();
  await visitor.goto(link);
  await expect(visitor.getByRole("button", { name: /Account aanmaken|Wachtwoord instellen/ })).toHaveCount(0);
});

test("the platform admin's list of people and organisations comes a page at a time, and a search by name, address or organisation narrows it", async ({
  page,
}) => {
  await signedIn(page, "beheer@weerbaar.example");
  await page.goto("/admin/people");
  const people = page.getByRole("table", { name: "Mensen op het platform" });
  // A page of 25 people (and a header row); it was one page of every person, about 31,500 px tall.
  await expect(people.getByRole("row")).toHaveCount(26);
  const pages = page.getByRole("navigation", { name: "Pagina's mensen" });
  await expect(pages).toContainText(/^Pagina 1 van \d+\./);
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(8000);
  const firstOnPageOne = await people.getByRole("row").nth(1).getByRole("rowheader").innerText();
  await pages.getByRole("link", { name: "Volgende pagina" }).click();
  await expect(pages).toContainText(/^Pagina 2 van/);
  await expect(people.getByRole("row").nth(1).getByRole("rowheader")).not.toHaveText(firstOnPageOne);
  // The organisations page on their own.
  await expect(page.getByRole("navigation", { name: "Pagina's organisaties" })).toContainText(/^Pagina 1 van/);

  await page.getByLabel(/^Zoek op naam of e-mailadres/).fill("maasvlakte-terminal");
  await page.getByRole("button", { name: "Zoeken" }).click();
  await expect(page).toHaveURL(/\?q=maasvlakte-terminal$/);
  await expect(page.getByRole("heading", { level: 2, name: /^\d+ (mensen|persoon)$/ })).toBeVisible();
  for (const email of await people.getByRole("rowheader").allInnerTexts()) expect(email).toMatch(/maasvlakte-terminal/);
  await expect(page.getByRole("table", { name: "Organisaties op het platform" }).getByRole("row")).toHaveCount(1);
  await expect(pages).toHaveCount(0);
  await expectAccessible(page);

  // The organisation someone works at finds them too, though it is in neither their name nor their address.
  await page.getByLabel(/^Zoek op naam of e-mailadres/).fill("Maasvlakte Container");
  await page.getByRole("button", { name: "Zoeken" }).click();
  await expect(page).toHaveURL(/\?q=Maasvlakte\+Container$/);
  await expect(people.getByRole("row").filter({ hasText: "planning@maasvlakte-terminal.example" })).toContainText(
    "Mehmet Yilmaz",
  );
  await expect(
    page.getByRole("table", { name: "Organisaties op het platform" }).getByRole("row", {
      name: /^Maasvlakte Container Terminal/,
    }),
  ).toBeVisible();
});
