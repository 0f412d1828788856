import { expect, signedIn, test } from "./fixtures";

test("a member cannot make themself admin, share, or change the profile", async ({ page, baseURL }) => {
  await signedIn(page, "planning@maasvlakte-terminal.example");
  const origin = { Origin: baseURL! };
  const html = await (await page.request.get("/organisation")).text();
  const me = /name="userId" value="([0-9a-f-]{36})"/.exec(html)?.[1] ?? "00000000-0000-4000-8000-000000000000";
  for (const [path, form] of [
    ["/organisation/members", { change: "makeAdmin", userId: me }],
    [
      "/organisation/profile",
      {
        organisationName: "Overgenomen BV",
        sector: "terminal_operator",
        sizeBand: "250+",
        region: "rotterdam_rijnmond",
      },
    ],
    ["/organisation/sharing/grant", { recipient: "customs", confirm: "on" }],
    ["/admin/associations", { associationName: "Eigen vereniging", sectors: "terminal_operator" }],
  ] as const) {
    expect((await page.request.post(path, { form, headers: origin, maxRedirects: 0 })).status(), path).toBe(404);
  }
  // Still a member, the profile unchanged.
  await page.goto("/organisation");
  await expect(page.getByRole("heading", { level: 1, name: "Maasvlakte Container Terminal" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Profiel wijzigen" })).toHaveCount(0);
});

test("mass-assigned fields and prototype keys are ignored: an admin changes only what the form offers", async ({
  page,
  browser,
  baseURL,
}) => {
  await signedIn(page, "security@coldstore-vlissingen.example");
  const origin = { Origin: baseURL! };
  const before = await (await page.request.get("/organisation")).text();
  const response = await page.request.post("/organisation/profile", {
    headers: origin,
    maxRedirects: 0,
    form: {
      organisationName: "Coldstore Vlissingen",
      sector: "warehouse_depot",
      sizeBand: "50-249",
      region: "north_sea_port",
      // Fields the form does not have: never applied.
      organisationId: "00000000-0000-4000-8000-000000000000",
      role: "platform_admin",
      status: "submitted",
      "__proto__[admin]": "true",
      "constructor[prototype][admin]": "true",
    },
  });
  expect(response.status()).toBeLessThan(500);
  expect(await (await page.request.get("/organisation")).text()).toContain("Coldstore Vlissingen");
  // No new powers: the admin pages stay closed, and another organisation is untouched.
  expect((await page.request.get("/admin")).status()).toBe(404);
  expect((await page.request.get("/customs")).status()).toBe(404);
  expect(before).toContain("Coldstore Vlissingen");
  const other = await browser.newContext({ baseURL });
  const otherPage = await other.newPage();
  await signedIn(otherPage, "security@delta-forwarding.example");
  await expect(otherPage.getByRole("heading", { level: 1 })).toHaveText("Delta Forwarding");
  await other.close();

  // Starting an assessment with a status field still starts a draft.
  const start = await page.request.post("/assessments", {
    headers: origin,
    form: { questionnaireId: "port-logistics", status: "submitted", submittedAt: "2020-01-01" },
    maxRedirects: 0,
  });
  const draft = start.headers().location!.split("/")[2]!;
  const report = (await (await page.request.get(`/api/v1/assessments/${draft}/report`)).json()) as {
    assessment: { status: string; submittedAt: string | null };
  };
  expect(report.assessment).toMatchObject({ status: "draft", submittedAt: null });
});
