import { confirmWithPassword, expect, expectAccessible, signedIn, test } from "./fixtures";

// A demo organisation no other test signs in as.
const ADMIN = "security@botlek-bulk.example";

/** The day `months` from today in the Netherlands, as the sharing page writes it. */
function inMonths(months: number): string {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date());
  const [year, month, day] = today.split("-").map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  const target = new Date(Date.UTC(year, month - 1 + months, Math.min(day, lastDay), 12));
  return new Intl.DateTimeFormat("nl-NL", { dateStyle: "long", timeZone: "UTC" }).format(target);
}

test("the sharing form shows what is granted now, and the history says which grant is in force, replaced or revoked", async ({
  page,
}) => {
  await signedIn(page, ADMIN);
  await page.goto("/organisation/sharing");
  await confirmWithPassword(page);
  const customs = page.getByRole("region", { name: "Delen met de Douane" });
  const keepLatest = customs.getByLabel("Blijf steeds mijn nieuwste ingediende rapport delen");
  const confirm = customs.getByLabel("Ik deel het rapport van mijn organisatie met de Douane");
  const term = customs.getByLabel("Geldig voor");
  await expect(customs).toContainText("Niet gedeeld.");
  await expect(keepLatest).not.toBeChecked();
  await expect(term).toHaveValue("12");

  // A term is required: refused at its field, and nothing is shared.
  await term.selectOption("");
  await confirm.check();
  await customs.getByRole("button", { name: "Delen met de Douane", exact: true }).click();
  await expect(customs.getByText("Maak een keuze.")).toBeVisible();
  await expect(customs).toContainText("Niet gedeeld.");

  await term.selectOption({ label: "6 maanden" });
  await keepLatest.check();
  await customs.getByRole("button", { name: "Delen met de Douane", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("Uw rapport wordt nu gedeeld met de Douane.");
  await expect(customs).toContainText(`tot ${inMonths(6)}:`);
  await page.reload();
  await expect(keepLatest).toBeChecked();
  await expect(confirm).toBeChecked();

  // Sharing only this report from now on replaces the grant.
  await keepLatest.uncheck();
  await customs.getByRole("button", { name: "Delen bijwerken" }).click();
  // It was shared before too: wait for this update's answer, not for text already there.
  await expect(page.getByRole("status")).toHaveText("Uw rapport wordt nu gedeeld met de Douane.");
  await expect(customs).toContainText("Gedeeld sinds");
  await page.reload();
  await expect(keepLatest).not.toBeChecked();
  await expect(confirm).toBeChecked();

  // Without JavaScript a refused update shows the form of the sharing in force, not of a first grant.
  const refused = await page.request.post("/organisation/sharing/grant", {
    form: { recipient: "customs", term: "5", keepLatest: "on", confirm: "on" },
    headers: { Origin: new URL(page.url()).origin },
  });
  expect(refused.status()).toBe(400);
  const refusal = await refused.text();
  expect(refusal).toContain("Maak een keuze.");
  expect(refusal).toContain("Delen bijwerken");
  expect(refusal).toContain("Bijwerken start een nieuwe termijn");

  const history = page.getByRole("table", { name: "Toestemmingen, intrekkingen en verlopen termijnen" });
  await expect(history.getByRole("columnheader", { name: "Status" })).toBeVisible();
  // Updating started a new term of the form's 12 months.
  await expect(history.getByRole("row").nth(1)).toContainText(`Van kracht tot ${inMonths(12)}`);
  await expect(history.getByRole("row").nth(2)).toContainText("Vervangen door een nieuwe toestemming op");

  await customs.getByText("Stoppen met delen met de Douane", { exact: true }).click();
  await expect(customs.getByText("Weet u het zeker?")).toBeVisible();
  await customs.getByRole("button", { name: "Ja, stop met delen met de Douane" }).click();
  await expect(page.getByRole("status")).toHaveText("U deelt uw rapport niet meer met de Douane.");
  await expect(history.getByRole("row").nth(1)).toContainText("Ingetrokken op");
  await expect(history).not.toContainText("Van kracht");
  await page.reload();
  await expect(keepLatest).not.toBeChecked();
  await expect(confirm).not.toBeChecked();
  await expectAccessible(page);
});
