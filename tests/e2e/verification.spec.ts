import { expect, expectAccessible, signedIn, signUpTerminal, test, uniqueEmail } from "./fixtures";

/** The demo's rule for an organisation's admin address: `security@<name as a slug>.example`. */
const demoAdminOf = (name: string) =>
  `security@${name
    .toLowerCase()
    .normalize("NFD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")}.example`;

test("an analyst verifies a waiting organisation and withdraws it again; the organisation sees each step", async ({
  page,
  browser,
}) => {
  await signedIn(page, "analist@havenvereniging.example");
  await page.goto("/association");
  await page.getByRole("link", { name: "Organisaties verifiëren" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Organisaties verifiëren" })).toBeVisible();
  await expect(page).toHaveTitle("Organisaties verifiëren · Weerbaar");
  await expectAccessible(page);

  // The longest-waiting organisation that can be verified (other tests clear KvK numbers) is a
  // demo one: they were registered before any test ran.
  const waiting = page.getByRole("table", { name: "Organisaties die wachten op verificatie, langst wachtende eerst" });
  const verified = page.getByRole("table", { name: "Geverifieerde organisaties, laatst geverifieerde eerst" });
  const first = waiting
    .getByRole("row")
    .filter({ has: page.getByRole("button", { name: /^Verifieer / }) })
    .first();
  const name = (await first.getByRole("rowheader").textContent()) ?? "";
  expect(name).not.toBe("");
  await first.getByRole("button", { name: `Verifieer ${name}` }).click();
  await expect(page.getByRole("status")).toHaveText(
    `${name} is geverifieerd en telt vanaf de volgende benchmarkrelease mee.`,
  );
  await expect(waiting.getByRole("rowheader", { name, exact: true })).toHaveCount(0);
  const newest = verified.getByRole("row").nth(1);
  await expect(newest.getByRole("rowheader")).toHaveText(name);
  await expect(newest).toContainText("Pieter Bakker (Havenvereniging Rijnmond (demo))");
  await expectAccessible(page);

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signedIn(admin, demoAdminOf(name));
  await admin.goto("/organisation");
  const status = admin.getByRole("region", { name: "Verificatie" });
  await expect(status).toContainText(/Geverifieerd op \d+ \S+ \d{4} door Havenvereniging Rijnmond \(demo\)\./);
  await expectAccessible(admin);
  // The page is for analysts and platform admins only.
  expect((await admin.goto("/verification"))?.status()).toBe(404);

  // Withdrawing works as a plain form too, without JavaScript, in the analyst's session.
  const plainContext = await browser.newContext({
    javaScriptEnabled: false,
    locale: "nl-NL",
    storageState: await page.context().storageState(),
  });
  const plain = await plainContext.newPage();
  await plain.goto("/verification");
  // It asks first, as it takes the organisation out of the next benchmarks.
  await plain.getByText(`Trek verificatie van ${name} in`, { exact: true }).click();
  await expect(plain.getByText(`${name} telt vanaf de volgende benchmarkpublicatie niet meer mee.`)).toBeVisible();
  await plain.getByRole("button", { name: `Ja, trek de verificatie van ${name} in` }).click();
  await expect(plain.getByRole("status")).toHaveText(`De verificatie van ${name} is ingetrokken.`);
  await expect(
    plain
      .getByRole("table", { name: "Organisaties die wachten op verificatie, langst wachtende eerst" })
      .getByRole("rowheader", { name, exact: true }),
  ).toBeVisible();
  await expect(
    plain
      .getByRole("table", { name: "Geverifieerde organisaties, laatst geverifieerde eerst" })
      .getByRole("rowheader", { name, exact: true }),
  ).toHaveCount(0);
  // axe needs the page's JavaScript: the same page, as the analyst's browser shows it, is checked.
  await page.reload();
  await expect(waiting.getByRole("rowheader", { name, exact: true })).toBeVisible();
  await expectAccessible(page);

  await admin.goto("/organisation");
  await expect(status).toContainText("Uw organisatie is nog niet geverifieerd.");
  await expect(status).toContainText(
    /De verificatie is op \d+ \S+ \d{4} ingetrokken door Havenvereniging Rijnmond \(demo\)\./,
  );
  await expectAccessible(admin);
  await plainContext.close();
  await adminContext.close();
});

test("a self-registered terminal operator reads no terminal benchmark until verified, and is told why", async ({
  page,
}) => {
  await signUpTerminal(page, uniqueEmail("unverified"), { organisation: "Nieuwe Terminal Zonder Verificatie" });
  await page.goto("/benchmarks/port-logistics");
  await expect(page.getByRole("heading", { level: 1, name: "Benchmark nog niet beschikbaar" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("Uw organisatie is nog niet geverifieerd");
  await expect(page.getByRole("table")).toHaveCount(0);
  await expectAccessible(page);
  // Neither the API, the CSV nor the page's data carry a figure.
  expect((await page.request.get("/api/v1/benchmarks/port-logistics")).status()).toBe(404);
  expect((await page.request.get("/benchmarks/port-logistics.csv")).status()).toBe(404);
  const data = await (await page.request.get("/benchmarks/port-logistics.data")).text();
  expect(data).not.toMatch(/median|p25|countBand/);
  await page.getByRole("link", { name: "Verificatiestatus van uw organisatie" }).click();
  await expect(page).toHaveURL(/\/organisation$/);
});
