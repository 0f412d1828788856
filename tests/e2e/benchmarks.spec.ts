import { expect, expectAccessible, openLatestReport, signedIn, test } from "./fixtures";

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

test("an analyst explores the benchmark of a questionnaire: participation, spread, levels and trend per theme", async ({
  page,
}) => {
  await signedIn(page, "analist@havenvereniging.example");
  await page.goto("/benchmarks/port-logistics");
  await expect(
    page.getByRole("heading", { level: 1, name: "Benchmark: Weerbaarheidsscan haven en logistiek" }),
  ).toBeVisible();
  await expect(page).toHaveTitle("Benchmark: Weerbaarheidsscan haven en logistiek · Weerbaar");

  const participation = page.getByRole("table", { name: "Organisaties met een ingediende zelfscan per sector" });
  await expect(participation.getByRole("row")).toHaveCount(5);
  await expect(participation.getByRole("row", { name: /^Terminaloperator/ })).toContainText(
    /^Terminaloperator(5–9|10–19|20–49|50 of meer)$/,
  );
  await expect(participation.getByRole("row", { name: /^Havendienstverlener/ })).toContainText(
    "minder dan 5 organisaties",
  );

  // Each theme shows its charts; their tables are one click away. With every table open the page
  // was about 41,700 px tall at 1280 px wide.
  await page.setViewportSize({ width: 1280, height: 900 });
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(13000);
  const theme = page.getByRole("region", { name: "Containervrijgave, afhaalrecht en de Secure Chain" });
  await page.getByRole("link", { name: "Containervrijgave, afhaalrecht en de Secure Chain" }).click();
  await expect(theme.locator("canvas")).toHaveCount(3);
  await expect(theme.getByRole("table")).toHaveCount(0);
  const toggles = theme.locator("summary", { hasText: "Tabel met de cijfers" });
  await expect(toggles).toHaveCount(3);
  for (const toggle of await toggles.all()) await toggle.click();

  // Every published group shows its quartiles in order; one row names every small group, the
  // suppressed and the empty alike.
  const quantiles = page.getByRole("table", { name: /^Containervrijgave, afhaalrecht en de Secure Chain: kwartielen/ });
  const small = quantiles.getByRole("row", { name: /^Groepen met minder dan 5 organisaties/ });
  await expect(small).toHaveCount(1);
  await expect(small.getByRole("cell")).toContainText("Havendienstverlener (sjorren, meren, slepen, onderhoud)");
  await expect(quantiles.getByRole("row", { name: /^Wegvervoerder, 1–9 medewerkers/ })).toBeVisible();
  for (const row of await quantiles.getByRole("row").all()) {
    const cells = await row.getByRole("cell").allTextContents();
    if (cells.length === 1) expect(cells[0]).not.toMatch(/\d+$/);
    else if (cells.length > 1) {
      const [p25, median, p75] = cells.slice(1, 4).map(Number);
      expect(p25).toBeLessThanOrEqual(median!);
      expect(median).toBeLessThanOrEqual(p75!);
    }
  }

  // Level shares in steps of 10% (20–49 organisations) or 5% (50 or more); smaller groups show only the median's level.
  const levels = page.getByRole("table", {
    name: /^Containervrijgave, afhaalrecht en de Secure Chain: aandeel organisaties/,
  });
  for (const row of (await levels.getByRole("row").all()).slice(1)) {
    const cells = await row.getByRole("cell").allTextContents();
    if (cells.length === 1)
      expect(cells[0]).toMatch(
        /^Minder dan 20 organisaties: alleen het niveau van de mediaan, (Laag|Middel|Hoog|Kritiek)$/,
      );
    else for (const text of cells) expect(Number(text.replace("%", "")) % 5).toBe(0);
  }
  await expect(levels.getByRole("row", { name: /^Wegvervoerder, 1–9 medewerkers/ })).toContainText(
    "Minder dan 20 organisaties",
  );

  // The demo history holds earlier quarterly releases: the trend has a row per release.
  const trend = page.getByRole("table", {
    name: /^Containervrijgave, afhaalrecht en de Secure Chain: mediaan risico \(0–100\) per release/,
  });
  expect(await trend.getByRole("row").count()).toBeGreaterThan(2);

  // Nothing on the page names or identifies an organisation.
  const html = await page.content();
  expect(html).not.toMatch(UUID);
  expect(html).not.toMatch(/Maasvlakte|Van Dijk|\.example|organisationId/);
  await expectAccessible(page);
});

test("the analyst downloads the published cells as CSV and prints a clean sector report", async ({ page }) => {
  await signedIn(page, "analist@havenvereniging.example");
  await page.goto("/benchmarks/port-logistics");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Gepubliceerde cijfers downloaden (CSV)" }).click();
  expect((await download).suggestedFilename()).toMatch(/^weerbaar-benchmark-port-logistics-\d{4}-\d{2}-\d{2}\.csv$/);

  // Read as bytes: text() would drop the byte-order mark that tells Excel the file is UTF-8.
  const csv = (await (await page.request.get("/benchmarks/port-logistics.csv")).body()).toString("utf8");
  const [header, ...rows] = csv.trimEnd().split("\r\n");
  expect(header).toBe(
    "\uFEFFGroep;Organisaties;Thema;Weerbaarheid p25;Weerbaarheid mediaan;Weerbaarheid p75;Risico p25;Risico mediaan;Risico p75;Niveau mediaan;Laag (%);Middel (%);Hoog (%);Kritiek (%)",
  );
  expect(rows.length).toBeGreaterThan(10);
  // Published groups of the association's sectors only: no port services (too small), no municipality.
  expect(csv).toMatch(/^Terminaloperator;/m);
  expect(csv).not.toMatch(/Havendienstverlener|Gemeente|Maasvlakte/);
  expect(csv).not.toMatch(UUID);

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Afdrukken als sectorrapport" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Per thema" })).toBeHidden();
  await expect(
    page.getByRole("table", { name: "Mediaan risico (0–100) met niveau, per sector en thema" }),
  ).toBeVisible();
});

test("another association's analyst cannot read this association's sectors", async ({ page }) => {
  await signedIn(page, "analist@publieke-havens.example");
  expect((await page.goto("/benchmarks/port-logistics"))?.status()).toBe(404);
  expect((await page.request.get("/api/v1/benchmarks/port-logistics")).status()).toBe(404);
  expect((await page.request.get("/benchmarks/port-logistics.csv")).status()).toBe(404);

  await page.goto("/benchmarks/public-services");
  const table = page.getByRole("table", { name: "Mediaan risico (0–100) met niveau, per sector en thema" });
  await expect(table.getByRole("row", { name: /^Gemeente/ })).toBeVisible();
  await expect(table.getByRole("row", { name: /^Terminaloperator/ })).toHaveCount(0);
  const body = (await (await page.request.get("/api/v1/benchmarks/public-services")).json()) as {
    cells: { sector?: string }[];
  };
  for (const cell of body.cells)
    expect([undefined, "port_authority", "municipality", "other_public_service"]).toContain(cell.sector);
  await expectAccessible(page);
});

test("a report shows the organisation's position against its sector", async ({ page }) => {
  await openLatestReport(page, "security@brabant-trucking.example");
  const position = page.getByRole("region", { name: "Uw positie in de sector" });
  await expect(position).toContainText(/Vergeleken met (5–9|10–19|20–49|50 of meer) organisaties in uw sector\./);
  await expect(position.locator("canvas")).toHaveCount(1);
  const rows = position.getByRole("table", { name: "Uw weerbaarheid tegenover uw sector (0–100)" }).getByRole("row");
  expect(await rows.count()).toBeGreaterThan(5);
  await expect(rows.nth(1)).toContainText(/(Onder|Binnen|Boven) de middelste helft/);
  await expectAccessible(page);
});

test("an organisation in a sector below k is compared with all organisations, and says so", async ({ page }) => {
  await openLatestReport(page, "security@sjorren-meren.example");
  const position = page.getByRole("region", { name: "Uw positie in de sector" });
  await expect(position).toContainText("Uw sector heeft nog minder dan 5 deelnemers");
  await expect(position).not.toContainText("in uw sector.");
  await expect(
    position.getByRole("table", { name: "Uw weerbaarheid tegenover alle organisaties (0–100)" }),
  ).toBeVisible();
  // Its own sector's cell is suppressed in the API as well: no band, no figures.
  const body = (await (await page.request.get("/api/v1/benchmarks/port-logistics")).json()) as {
    cells: { grouping: string; sector?: string; suppressed: boolean; countBand?: string }[];
  };
  expect(body.cells.find((c) => c.grouping === "sector")).toEqual({
    grouping: "sector",
    sector: "port_services",
    suppressed: true,
  });
  expect(body.cells.every((c) => c.grouping === "all" || c.sector === "port_services")).toBe(true);
});
