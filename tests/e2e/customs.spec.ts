import { confirmWithPassword, expect, expectAccessible, signedIn, test } from "./fixtures";

test("a customs reviewer finds the riskiest sectors and narrows the list of sharing organisations", async ({
  page,
}) => {
  await signedIn(page, "reviewer@douane.example");
  await page.goto("/customs");
  const overview = page.getByRole("region", { name: "Weerbaarheidsscan haven en logistiek" });
  const ranking = overview.getByRole("table", { name: /^Sectoren gerangschikt naar mediaan totaalrisico/ });
  const shares = (await ranking.getByRole("row").all()).slice(1);
  expect(shares.length).toBeGreaterThan(3);
  const values = await Promise.all(
    shares.map(async (row) => parseFloat((await row.getByRole("cell").nth(1).textContent()) ?? "")),
  );
  expect([...values].sort((a, b) => b - a)).toEqual(values);
  // The share at high or critical risk only where a sector is large enough for it not to give counts.
  for (const row of shares) await expect(row.getByRole("cell").last()).toHaveText(/^(\d+%|— \(minder dan 20\))$/);
  // Port services are below the minimum group: not ranked, and "fewer than 5" in the heat table.
  await expect(ranking).not.toContainText("Havendienstverlener");
  await expect(
    overview
      .getByRole("table", { name: "Mediaan risico (0–100) met niveau, per sector en thema" })
      .getByRole("row", { name: /^Havendienstverlener/ }),
  ).toContainText("minder dan 5 organisaties");
  await expect(overview.getByRole("table", { name: /per half jaar en sector/ }).getByRole("row")).not.toHaveCount(1);
  await expectAccessible(page);

  // Printed on A4 in landscape (277 mm within its margins), every table shows all its columns,
  // the trend's one per sector too.
  await page.setViewportSize({ width: 1047, height: 718 });
  await page.emulateMedia({ media: "print" });
  for (const region of await page.locator(".table-scroll").all())
    expect(await region.evaluate((r) => r.scrollWidth <= r.clientWidth + 1)).toBe(true);
  // Download links do nothing on paper.
  const downloads = page.getByRole("link", { name: /downloaden \(CSV\)/, includeHidden: true });
  expect(await downloads.count()).toBeGreaterThan(0);
  for (const link of await downloads.all()) await expect(link).toBeHidden();
  await page.emulateMedia({ media: "screen" });

  const csv = await (await page.request.get("/customs/overview.csv?questionnaire=port-logistics&table=ranking")).text();
  expect(csv.split("\r\n")[0]).toBe("\uFEFFPlaats;Sector;Mediaan risico;Niveau mediaan;Hoog of kritiek (%)");
  expect(csv).not.toContain("Havendienstverlener");

  const api = (await (await page.request.get("/api/v1/customs/overview")).json()) as {
    questionnaires: { id: string; ranking: { sector: string }[]; cells: { suppressed: boolean; themes?: unknown }[] }[];
  };
  const ports = api.questionnaires.find((q) => q.id === "port-logistics");
  expect(ports?.ranking.length).toBe(shares.length);
  for (const cell of ports?.cells ?? []) if (cell.suppressed) expect(cell.themes).toBeUndefined();

  await page.getByRole("link", { name: "Organisaties die met de Douane delen" }).first().click();
  await page.getByRole("combobox", { name: "Sector" }).selectOption({ label: "Terminaloperator" });
  await page.getByRole("button", { name: "Filteren" }).click();
  await expect(page).toHaveURL(/sector=terminal_operator/);
  const rows = page.getByRole("table", { name: /Gedeelde rapporten/ }).getByRole("row");
  // The address changes before the filtered table is drawn: wait until every row shows the
  // filter, reading all rows at once so none can go away between reading its place and its text.
  const sectors = () => rows.evaluateAll((all) => all.slice(1).map((row) => row.querySelector("td")?.textContent));
  await expect.poll(async () => new Set(await sectors())).toEqual(new Set(["Terminaloperator"]));
  await page.getByRole("link", { name: "Totaalniveau" }).click();
  await expect(page.getByRole("columnheader", { name: "Totaalniveau" })).toHaveAttribute("aria-sort", "ascending");
  await expectAccessible(page);

  const list = (await (await page.request.get("/api/v1/customs/organisations?sector=terminal_operator")).json()) as {
    organisations: { sector: string }[];
  };
  expect(list.organisations.length).toBe((await rows.count()) - 1);
  expect((await page.request.get("/api/v1/customs/organisations?sector=nope")).status()).toBe(400);
});

test("an organisation sees when Customs listed it and with which filter, but not who", async ({ page, browser }) => {
  await signedIn(page, "reviewer@douane.example");
  await page.goto("/customs/organisations");
  await page.getByRole("combobox", { name: "Sector" }).selectOption({ label: "Terminaloperator" });
  await page.getByRole("combobox", { name: "Havenregio" }).selectOption({ label: "Rotterdam-Rijnmond" });
  await page.getByRole("button", { name: "Filteren" }).click();
  await expect(page.getByRole("link", { name: "Maasvlakte Container Terminal" })).toBeVisible();
  await expectAccessible(page);
  expect((await page.request.get("/api/v1/customs/organisations?sort=date&direction=desc")).status()).toBe(200);

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signedIn(admin, "beveiliging@maasvlakte-terminal.example");
  await admin.goto("/organisation/sharing");
  await confirmWithPassword(admin);
  const listings = admin.getByRole("table", { name: "Uw organisatie in de lijst van de Douane, nieuwste eerst" });
  const [viaApi, viaPage] = [listings.getByRole("row").nth(1), listings.getByRole("row").nth(2)];
  for (const text of ["Douane", "Geen filter: de hele lijst", "Datum gedeeld rapport, aflopend", "API (koppeling)"])
    await expect(viaApi).toContainText(text);
  for (const text of [
    "Douane",
    "Sector: Terminaloperator; Regio: Rotterdam-Rijnmond",
    "Organisatie, oplopend",
    "Website",
  ])
    await expect(viaPage).toContainText(text);
  await expect(listings).not.toContainText("Fatima El Amrani");
  await expectAccessible(admin);
  await adminContext.close();
});

test("a shared report opens with a purpose, is audited, seen by the organisation, and closes on revocation", async ({
  browser,
}) => {
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signedIn(admin, "security@zeeuwse-wegtransport.example");
  await admin.goto("/organisation");
  await admin.getByRole("link", { name: "Delen beheren" }).click();
  // Sharing is a step that needs the password typed again.
  await confirmWithPassword(admin);
  const customs = admin.getByRole("region", { name: "Delen met de Douane" });
  await expect(customs.getByText(/^(Niet gedeeld\.|Gedeeld sinds)/)).toBeVisible();
  if (await customs.getByText("Stoppen met delen met de Douane", { exact: true }).isVisible()) {
    await customs.getByText("Stoppen met delen met de Douane", { exact: true }).click();
    await customs.getByRole("button", { name: "Ja, stop met delen met de Douane" }).click();
    await expect(admin.getByRole("status")).toHaveText("U deelt uw rapport niet meer met de Douane.");
  }
  // Without the confirmation nothing is shared, and the error sits next to the box.
  await expect(customs).toContainText("Niet gedeeld.");
  await customs.getByRole("button", { name: "Delen met de Douane", exact: true }).click();
  await expect(customs.getByText("Vink aan dat u het rapport wilt delen.")).toBeVisible();
  await customs.getByLabel("Ik deel het rapport van mijn organisatie met de Douane").check();
  await customs.getByRole("button", { name: "Delen met de Douane", exact: true }).click();
  await expect(admin.getByRole("status")).toHaveText("Uw rapport wordt nu gedeeld met de Douane.");
  await expect(customs).toContainText("Gedeeld sinds");
  await expectAccessible(admin);

  const reviewerContext = await browser.newContext();
  const reviewer = await reviewerContext.newPage();
  await signedIn(reviewer, "reviewer@douane.example");
  await reviewer.goto("/customs/organisations");
  const link = reviewer.getByRole("link", { name: "Zeeuwse Wegtransport" });
  const href = (await link.getAttribute("href"))!;
  await link.click();
  await expect(
    reviewer.getByRole("heading", { level: 1, name: "Rapport van Zeeuwse Wegtransport openen" }),
  ).toBeVisible();
  await expectAccessible(reviewer);
  await reviewer.getByLabel("Doel van de inzage").fill("kort");
  await reviewer.getByRole("button", { name: "Rapport openen" }).click();
  await expect(reviewer.getByText("Gebruik minstens 10 tekens.")).toBeVisible();
  const purpose = `Inspectie ${Date.now()}`;
  await reviewer.getByLabel("Doel van de inzage").fill(purpose);
  await reviewer.getByRole("button", { name: "Rapport openen" }).click();
  await expect(reviewer.getByRole("heading", { level: 1, name: "Rapport van Zeeuwse Wegtransport" })).toBeVisible();
  // The opened report's title no longer asks to open it.
  await expect(reviewer).toHaveTitle("Rapport van Zeeuwse Wegtransport · Weerbaar");
  await expect(reviewer.getByText(`Geopend met doel ‘${purpose}’`)).toBeVisible();
  // Read-only: no way into the organisation's own pages, and never a draft.
  await expect(reviewer.getByRole("link", { name: /actieplan/i })).toHaveCount(0);
  await expect(reviewer.getByText("Voorlopig rapport")).toHaveCount(0);
  // Worded for a reader outside the organisation.
  await expect(reviewer.getByRole("heading", { name: "De organisatie in één oogopslag" })).toBeVisible();
  await expect(reviewer.getByRole("heading", { name: "Eerste stappen" })).toBeVisible();
  await expect(reviewer.locator("main")).not.toContainText(/\bUw\b/);
  // What the level means is said of the organisation, not asked of the reader.
  await expect(reviewer.getByText(/^\w+ risico: .* De organisatie doet er goed aan /)).toBeVisible();
  await expect(reviewer.locator("main")).not.toContainText(/\bPak de\b|Begin hier/);
  await expectAccessible(reviewer);

  // The report API: a shared report only with a purpose, audited likewise.
  const organisations = (await (await reviewer.request.get("/api/v1/customs/organisations")).json()) as {
    organisations: { name: string; report: { assessmentId: string } }[];
  };
  const assessmentId = organisations.organisations.find((o) => o.name === "Zeeuwse Wegtransport")!.report.assessmentId;
  expect((await reviewer.request.get(`/api/v1/assessments/${assessmentId}/report`)).status()).toBe(400);
  const viaApi = await reviewer.request.get(
    `/api/v1/assessments/${assessmentId}/report?purpose=${encodeURIComponent(`${purpose} api`)}`,
  );
  expect(viaApi.status()).toBe(200);
  expect(((await viaApi.json()) as { assessment: { status: string } }).assessment.status).toBe("submitted");

  // The organisation sees both views in its transparency list.
  await admin.reload();
  const views = admin.getByRole("table", { name: "Inzagen van uw gedeelde rapporten" });
  await expect(views.getByRole("row", { name: new RegExp(`${purpose}$`) })).toContainText("Douane, reviewer");
  await expect(views).not.toContainText("Fatima El Amrani");
  await expect(views.getByRole("row", { name: new RegExp(`${purpose} api$`) })).toHaveCount(1);

  await customs.getByText("Stoppen met delen met de Douane", { exact: true }).click();
  await customs.getByRole("button", { name: "Ja, stop met delen met de Douane" }).click();
  await expect(admin.getByRole("status")).toHaveText("U deelt uw rapport niet meer met de Douane.");
  await expect(
    admin.getByRole("table", { name: "Toestemmingen, intrekkingen en verlopen termijnen" }).getByRole("row").nth(1),
  ).toContainText("Douane");

  expect((await reviewer.goto(`${href}?purpose=${encodeURIComponent(purpose)}`))?.status()).toBe(404);
  expect(
    (
      await reviewer.request.get(`/api/v1/assessments/${assessmentId}/report?purpose=${encodeURIComponent(purpose)}`)
    ).status(),
  ).toBe(404);
  expect(
    (
      await reviewer.request.get("/customs/organisations/00000000-0000-4000-8000-000000000000?purpose=Zaak%2012345678")
    ).status(),
  ).toBe(404);
  await adminContext.close();
  await reviewerContext.close();
});

test("a platform admin pages through and filters the audit log and exports it", async ({ page }) => {
  await signedIn(page, "beheer@weerbaar.example");
  await page.getByRole("link", { name: "Auditlog bekijken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Auditlog" })).toBeVisible();
  await page.getByLabel("Handeling").selectOption({ label: "Gedeeld rapport ingezien" });
  await page.getByLabel("Organisatie").fill("Maasvlakte");
  await page.getByRole("button", { name: "Filteren" }).click();
  await expect(page).toHaveURL(/action=shared_report_viewed/);
  const table = page.getByRole("table", { name: "Auditregels, nieuwste eerst" });
  await expect(table.getByRole("row", { name: /Zaak DOU-2026-0457/ })).toContainText("reviewer@douane.example");
  await expect(table.getByRole("row")).toHaveCount(3);
  for (const row of (await table.getByRole("row").all()).slice(1))
    await expect(row).toContainText("Gedeeld rapport ingezien");
  await expectAccessible(page);

  const csv = await (
    await page.request.get("/admin/audit.csv?action=shared_report_viewed&organisation=Maasvlakte")
  ).text();
  expect(csv).toContain("Zaak DOU-2026-0457: misbruik pincodes");

  await page.goto("/admin/audit");
  await expect(page.getByRole("status").first()).toContainText(/pagina 1 van \d+/);
  await page.getByRole("link", { name: "Volgende pagina" }).click();
  await expect(page).toHaveURL(/page=2/);
});

test("nobody but a reviewer reaches the customs pages and APIs", async ({ page }) => {
  await signedIn(page, "analist@havenvereniging.example");
  for (const path of [
    "/customs",
    "/customs/organisations",
    "/customs/overview.csv?questionnaire=port-logistics&table=heat",
  ]) {
    expect((await page.request.get(path)).status()).toBe(404);
  }
  expect((await page.request.get("/api/v1/customs/overview")).status()).toBe(404);
  expect((await page.request.get("/api/v1/customs/organisations")).status()).toBe(404);
});

test("an association analyst opens a report shared with the association, with a purpose; another association cannot", async ({
  page,
  browser,
}) => {
  await signedIn(page, "analist@havenvereniging.example");
  await page.goto("/association");
  const shared = page.getByRole("table", { name: "Organisaties die hun rapport delen" });
  const link = shared.getByRole("link", { name: "Maasvlakte Container Terminal" });
  const href = (await link.getAttribute("href"))!;
  await link.click();
  await page.getByLabel("Doel van de inzage").fill("Ledenoverleg beveiliging Q4");
  await page.getByRole("button", { name: "Rapport openen" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Rapport van Maasvlakte Container Terminal" }),
  ).toBeVisible();
  await expectAccessible(page);

  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signedIn(other, "analist@publieke-havens.example");
  expect((await other.goto(`${href}?purpose=Ledenoverleg%20beveiliging`))?.status()).toBe(404);
  // Customs' own page is not an analyst's door either.
  expect((await other.goto(href.replace("/association/", "/customs/")))?.status()).toBe(404);
  await otherContext.close();
});
