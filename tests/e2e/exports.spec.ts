import type { APIResponse } from "@playwright/test";
import { expect, signedIn, test } from "./fixtures";

// Every CSV opens cleanly in the reader's spreadsheet: a byte-order mark so Excel reads UTF-8,
// for Dutch readers semicolons and decimal commas, times in the Netherlands' zone.

const BOM = "\uFEFF";
/** A date and time as a Dutch reader writes it, e.g. 05-03-2026 14:07. */
const DUTCH_TIME = /^\d{2}-\d{2}-\d{4} \d{2}:\d{2}$/;

/** A downloaded CSV's text, byte-order mark included, once it is known to be one. */
async function csvOf(response: Promise<APIResponse>): Promise<string> {
  const answer = await response;
  expect(answer.status()).toBe(200);
  expect(answer.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  return (await answer.body()).toString("utf8");
}

test("the answers CSV is for Dutch Excel, with local times and the answers in questionnaire order", async ({
  page,
}) => {
  await signedIn(page, "beveiliging@maasvlakte-terminal.example");
  await page.goto("/assessments");
  await page.getByRole("row").filter({ hasText: "Ingediend" }).first().getByRole("link").click();
  await expect(page).toHaveURL(/\/assessments\/[0-9a-f-]{36}$/);
  const assessmentId = new URL(page.url()).pathname.split("/")[2]!;

  const csv = await csvOf(page.request.get(`/assessments/${assessmentId}/answers.csv`));
  expect(csv.startsWith(BOM)).toBe(true);
  const [header, ...rows] = csv.slice(1).trimEnd().split("\r\n");
  expect(header).toBe("Onderdeel;Vraag-id;Vraag;Antwoord;Toelichting;Beantwoord door;Laatst gewijzigd");
  const cells = rows.map((row) => row.split(";"));
  for (const row of cells) expect(row.at(-1)).toMatch(DUTCH_TIME);
  // Profile questions first, then the themes in order (p1_…, p2_…).
  const ids = cells.map((row) => row[1]!);
  expect(ids[0]).toMatch(/^e/);
  const themeNumbers = ids.filter((id) => /^p\d+_/.test(id)).map((id) => Number(/^p(\d+)_/.exec(id)![1]));
  expect(themeNumbers.length).toBeGreaterThan(10);
  expect(themeNumbers).toEqual([...themeNumbers].sort((a, b) => a - b));

  const english = await csvOf(page.request.get(`/assessments/${assessmentId}/answers.csv?lng=en`));
  expect(english.startsWith(BOM)).toBe(true);
  expect(english.slice(1).split("\r\n")[0]).toBe("Part,Question id,Question,Answer,Note,Answered by,Last changed");
});

test("the customs CSVs use semicolons and readable half-years; English readers get commas", async ({ page }) => {
  await signedIn(page, "reviewer@douane.example");
  await page.goto("/customs");
  const overview = page.getByRole("region", { name: "Weerbaarheidsscan haven en logistiek" });
  const trendTable = overview.getByRole("table", { name: /per half jaar en sector/ });
  await expect(trendTable.getByRole("rowheader").first()).toHaveText(/^[12]e helft \d{4}$/);
  await expect(trendTable).not.toContainText(/\d{4}-H\d/);

  const trend = await csvOf(page.request.get("/customs/overview.csv?questionnaire=port-logistics&table=trend"));
  expect(trend.startsWith(BOM)).toBe(true);
  const [header, first] = trend.slice(1).split("\r\n");
  expect(header).toMatch(/^Half jaar;/);
  expect(first).toMatch(/^[12]e helft \d{4};/);

  const english = await csvOf(
    page.request.get("/customs/overview.csv?questionnaire=port-logistics&table=trend&lng=en"),
  );
  const [englishHeader, englishFirst] = english.slice(1).split("\r\n");
  expect(englishHeader).toMatch(/^Half-year,/);
  expect(englishFirst).toMatch(/^H[12] \d{4},/);
});

test("the benchmark CSV writes risk figures with a decimal comma for Dutch readers", async ({ page }) => {
  await signedIn(page, "analist@havenvereniging.example");
  const benchmark = await csvOf(page.request.get("/benchmarks/port-logistics.csv"));
  expect(benchmark.startsWith(BOM)).toBe(true);
  // Resilience and risk figures: whole numbers or decimals written with a comma, never a point.
  const figures = benchmark
    .slice(1)
    .trimEnd()
    .split("\r\n")
    .slice(1)
    // Rows whose group or theme holds a quoted semicolon are left to the unit tests of the writer.
    .filter((row) => !row.includes('"'))
    .flatMap((row) => row.split(";").slice(3, 9));
  expect(figures.length).toBeGreaterThan(10);
  for (const figure of figures) expect(figure).toMatch(/^\d+(,\d+)?$/);
});

test("the audit CSV has headers in the reader's language and local times", async ({ page }) => {
  await signedIn(page, "beheer@weerbaar.example");
  const csv = await csvOf(page.request.get("/admin/audit.csv?action=shared_report_viewed&organisation=Maasvlakte"));
  expect(csv.startsWith(BOM)).toBe(true);
  const [header, ...rows] = csv.slice(1).trimEnd().split("\r\n");
  expect(header).toBe(
    "Tijdstip;E-mailadres;Naam;Rol;Organisatie;Handeling;Soort object;Object;Gelukt;Doel;IP-adres;Toelichting",
  );
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) expect(row.split(";")[0]).toMatch(DUTCH_TIME);
  expect(csv).toContain("Zaak DOU-2026-0457: misbruik pincodes");
  // Role, action and kind of object in words, as on the page: never the codes the log keeps.
  const cells = rows.map((row) => row.split(";"));
  const column = (n: number) => [...new Set(cells.map((c) => c[n]))];
  expect(column(3)).toContain("Reviewer van de Douane");
  for (const role of column(3)) expect(role).not.toMatch(/_/);
  expect(column(5)).toEqual(["Gedeeld rapport ingezien"]);
  expect(column(6)).toEqual(["Zelfscan"]);

  // A consent says with whom and for how long, in the file and on the page.
  const consents = await csvOf(page.request.get("/admin/audit.csv?action=consent_granted&organisation=Maasvlakte"));
  expect(consents).toContain("Douane, 12 maanden, steeds het nieuwste");
  await page.goto("/admin/audit?action=consent_granted&organisation=Maasvlakte");
  await expect(page.getByRole("cell", { name: "Douane, 12 maanden, steeds het nieuwste" }).first()).toBeVisible();

  const english = await csvOf(
    page.request.get("/admin/audit.csv?action=shared_report_viewed&organisation=Maasvlakte&lng=en"),
  );
  const [englishHeader, ...englishRows] = english.slice(1).trimEnd().split("\r\n");
  expect(englishHeader).toMatch(/^Time,Email,Name,Role,Organisation,Action,/);
  expect(englishRows.join("\n")).not.toMatch(/customs_reviewer|shared_report_viewed|,assessment,/);
  expect(englishRows.join("\n")).toContain("Self-assessment");
});
