import { expect, expectAccessible, signedIn, test } from "./fixtures";
import { tamperedToken } from "../fixtures/tokens";

test("a personal API token reads the report until it is revoked", async ({ page, playwright }) => {
  await signedIn(page, "security@coldstore-vlissingen.example");
  await page.goto("/assessments");
  await page.getByRole("row").filter({ hasText: "Ingediend" }).first().getByRole("link").click();
  await expect(page).toHaveURL(/\/assessments\/[0-9a-f-]{36}$/);
  const assessmentId = new URL(page.url()).pathname.split("/")[2]!;

  await page.getByRole("link", { name: "Instellingen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Instellingen" })).toBeVisible();
  await page.getByRole("button", { name: "Sleutel maken" }).click();
  await expect(page.getByRole("alert")).toHaveText(/Geef de sleutel een naam/);
  await page.getByLabel("Naam van de sleutel").fill("Risicodashboard");
  await page.getByRole("button", { name: "Sleutel maken" }).click();
  const token = await page.getByLabel("Nieuwe sleutel").inputValue();
  expect(token).toMatch(/^wbr_[A-Za-z0-9_-]{43}$/);
  // Made once: the form is empty again, and the key is shown read-only with a copy button.
  await expect(page.getByLabel("Naam van de sleutel")).toHaveValue("");
  await expect(page.getByLabel("Nieuwe sleutel")).toHaveAttribute("readonly", "");
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.getByRole("button", { name: "Kopiëren" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Gekopieerd naar het klembord/ })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);
  await expectAccessible(page);

  const origin = new URL(page.url()).origin;
  const api = await playwright.request.newContext({ baseURL: origin });
  const withToken = (t: string) =>
    api.get(`/api/v1/assessments/${assessmentId}/report`, { headers: { Authorization: `Bearer ${t}` } });
  const ok = await withToken(token);
  expect(ok.status()).toBe(200);
  const body = (await ok.json()) as {
    assessment: { id: string; status: string };
    themes: unknown[];
    advice: unknown[];
  };
  expect(body.assessment).toMatchObject({ id: assessmentId, status: "submitted" });
  expect(body.themes.length).toBeGreaterThan(5);
  expect((await withToken(tamperedToken(token))).status()).toBe(404);
  expect((await api.get(`/api/v1/assessments/${assessmentId}/report`)).status()).toBe(404);

  await page.reload();
  await expect(page.getByRole("cell", { name: "Nog niet" })).toHaveCount(0);
  await page.getByText("Trek Risicodashboard in", { exact: true }).click();
  await page.getByRole("button", { name: "Ja, trek Risicodashboard in" }).click();
  await expect(page.getByRole("cell", { name: "Ingetrokken" })).toBeVisible();
  expect((await withToken(token)).status()).toBe(404);
  await api.dispose();
});

test("the API is rate-limited per token: over the limit, 429 with Retry-After", async ({ page, playwright }) => {
  await signedIn(page, "security@delta-forwarding.example");
  await page.goto("/settings");
  await page.getByLabel("Naam van de sleutel").fill(`Belasting ${Date.now()}`);
  await page.getByRole("button", { name: "Sleutel maken" }).click();
  const token = await page.getByLabel("Nieuwe sleutel").inputValue();
  const api = await playwright.request.newContext({
    baseURL: new URL(page.url()).origin,
    extraHTTPHeaders: { Authorization: `Bearer ${token}` },
  });
  // The default limit is 120 calls a minute per token; a window boundary may reset it once.
  const statuses: number[] = [];
  for (let i = 0; i < 250 && !statuses.includes(429); i++)
    statuses.push((await api.get("/api/v1/benchmarks/port-logistics")).status());
  expect(statuses.slice(0, 100).every((s) => s === 200)).toBe(true);
  expect(statuses.at(-1)).toBe(429);
  const refused = await api.get("/api/v1/benchmarks/port-logistics");
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
  expect(await refused.json()).toEqual({ error: "rate_limited", message: expect.stringContaining("Wacht een minuut") });
  await api.dispose();
});

test("downloads and exports are rate-limited per person, whatever cookies come along: 429 with Retry-After", async ({
  page,
  playwright,
}) => {
  await signedIn(page, "security@coldstore-vlissingen.example");
  const session = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const api = await playwright.request.newContext({ baseURL: new URL(page.url()).origin });
  // A junk cookie of its own on every call: the person behind the session is what is counted.
  const statuses: number[] = [];
  for (let i = 0; i < 250 && !statuses.includes(429); i++) {
    statuses.push(
      (await api.get("/benchmarks/port-logistics.csv", { headers: { Cookie: `junk${i}=${i}; ${session}` } })).status(),
    );
  }
  expect(statuses.slice(0, 100).every((s) => s === 200)).toBe(true);
  expect(statuses.at(-1)).toBe(429);
  const refused = await api.get("/organisation/export.json", {
    headers: { Cookie: `${session}; other=1` },
    maxRedirects: 0,
  });
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
  expect(await refused.text()).toContain("Te veel verzoeken");
  await api.dispose();
});
