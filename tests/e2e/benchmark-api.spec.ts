import { expect, expectAccessible, signedIn, test } from "./fixtures";

interface Cell {
  grouping: string;
  sector?: string;
  sizeBand?: string;
  suppressed: boolean;
  countBand?: string;
  themes?: {
    id: string;
    resilience: { median: number };
    risk: { median: number };
    levels: Record<string, number> | null;
    medianLevel: string;
  }[];
}

test("the benchmark API gives an analyst only published cells of the association's sectors, never an organisation", async ({
  page,
}) => {
  await signedIn(page, "analist@havenvereniging.example");
  const response = await page.request.get("/api/v1/benchmarks/port-logistics");
  expect(response.status()).toBe(200);
  const text = await response.text();
  const body = JSON.parse(text) as { k: number; questionnaire: { id: string }; cells: Cell[] };
  expect(body.k).toBe(5);
  expect(body.questionnaire.id).toBe("port-logistics");
  const covered = ["terminal_operator", "road_haulier", "warehouse_depot", "port_services"];
  for (const cell of body.cells) {
    expect(["all", "sector", "sector-size"]).toContain(cell.grouping);
    if (cell.grouping !== "all") expect(covered).toContain(cell.sector);
    if (cell.suppressed) {
      // A suppressed cell says only that: no count band, no figures.
      expect(cell.countBand).toBeUndefined();
      expect(cell.themes).toBeUndefined();
    } else {
      expect(cell.countBand).toMatch(/^(5-9|10-19|20-49|50\+)$/);
    }
  }
  const terminals = body.cells.find((c) => c.grouping === "sector" && c.sector === "terminal_operator");
  expect(terminals).toMatchObject({ suppressed: false, countBand: "20-49" });
  // 20–49 organisations: shares in steps of 10%, quartiles in whole points.
  for (const level of Object.values(terminals!.themes![0]!.levels!)) expect(level % 10).toBe(0);
  expect(Number.isInteger(terminals!.themes![0]!.risk.median)).toBe(true);
  // Every published group under 20 has no shares, only the level of its median.
  for (const cell of body.cells.filter((c) => c.countBand === "5-9" || c.countBand === "10-19")) {
    for (const theme of cell.themes!)
      expect(theme).toMatchObject({ levels: null, medianLevel: expect.stringMatching(/^(low|medium|high|critical)$/) });
  }
  // Every fixed cell is listed, an empty one just like one with too few organisations.
  expect(body.cells.filter((c) => c.grouping === "sector-size" && c.sector === "port_services")).toHaveLength(4);
  expect(body.cells.find((c) => c.grouping === "sector" && c.sector === "port_services")).toEqual({
    grouping: "sector",
    sector: "port_services",
    suppressed: true,
  });
  // No organisation name or id reaches an analyst.
  expect(text).not.toMatch(/Maasvlakte|Container Terminal|organisationId/);

  expect((await page.request.get("/api/v1/benchmarks/port-logistics?grouping=region")).status()).toBe(400);
  expect((await page.request.get("/api/v1/benchmarks/nope")).status()).toBe(404);
});

test("a customs reviewer without a sector and a visitor get 404 from the benchmark API", async ({
  page,
  playwright,
}) => {
  await signedIn(page, "reviewer@douane.example");
  expect((await page.request.get("/api/v1/benchmarks/port-logistics")).status()).toBe(404);
  const anonymous = await playwright.request.newContext({ baseURL: new URL(page.url()).origin });
  expect((await anonymous.get("/api/v1/benchmarks/port-logistics")).status()).toBe(404);
  await anonymous.dispose();
});

test("an analyst reads the sector × theme table of median risk, with small groups suppressed", async ({ page }) => {
  await signedIn(page, "analist@havenvereniging.example");
  await page.getByRole("link", { name: "Benchmark Weerbaarheidsscan haven en logistiek" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Benchmark: Weerbaarheidsscan haven en logistiek" }),
  ).toBeVisible();
  const table = page.getByRole("table", { name: "Mediaan risico (0–100) met niveau, per sector en thema" });
  await expect(table.getByRole("row", { name: /^Terminaloperator/ })).toContainText("20–49");
  await expect(table.getByRole("row", { name: /^Terminaloperator/ })).toContainText(/Laag|Middel|Hoog|Kritiek/);
  await expect(table.getByRole("row", { name: /^Havendienstverlener/ })).toContainText("minder dan 5 organisaties");
  await expect(table.getByRole("row", { name: /^Gemeente/ })).toHaveCount(0);
  await expect(page.getByText("Maasvlakte")).toHaveCount(0);
  await expectAccessible(page);
  expect((await page.goto("/benchmarks/public-services"))?.status()).toBe(404);
  expect((await page.goto("/benchmarks/nope"))?.status()).toBe(404);
});

test("a platform admin makes a benchmark release at once", async ({ page }) => {
  await signedIn(page, "beheer@weerbaar.example");
  const row = page
    .getByRole("table", { name: "Vragenlijsten en benchmarkreleases" })
    .getByRole("row", { name: /Weerbaarheidsscan haven en logistiek/ });
  await expect(row.getByRole("cell").nth(1)).toHaveText(/^\d+$/);
  const before = await row.getByRole("cell").nth(2).textContent();
  await row.getByRole("button", { name: "Nu een release maken van Weerbaarheidsscan haven en logistiek" }).click();
  await expect(row.getByRole("cell").nth(2)).not.toHaveText(before ?? "");
  await expectAccessible(page);
});
