import { readdirSync } from "node:fs";
import type { APIRequestContext, Browser } from "@playwright/test";
import { DEMO_PASSWORD, expect, signedIn, test } from "./fixtures";

/**
 * Tenant isolation, table-driven: every route that takes an id is called, with the ids of
 * one organisation, by people who may not see that organisation. Each gets 404 (or, signed
 * out, the sign-in page), and the organisation's data is unchanged afterwards.
 */
interface Ids {
  assessment: string;
  /** An open draft of the same organisation, for what only a draft allows. */
  draft: string;
  theme: string;
  organisation: string;
}

type Call = { method: "GET" | "POST"; path: (ids: Ids) => string; form?: Record<string, string> };

const ROUTES: Record<string, Call[] | { exempt: string }> = {
  "assessments.$id._index.tsx": [
    { method: "GET", path: (i) => `/assessments/${i.assessment}` },
    {
      method: "POST",
      path: (i) => `/assessments/${i.assessment}`,
      form: { intent: "assign", themeId: "p1", userId: "" },
    },
  ],
  "assessments.$id.profile.tsx": [{ method: "GET", path: (i) => `/assessments/${i.assessment}/profile` }],
  "assessments.$id.themes.$themeId.tsx": [
    { method: "GET", path: (i) => `/assessments/${i.assessment}/themes/${i.theme}` },
    {
      method: "POST",
      path: (i) => `/assessments/${i.assessment}/themes/${i.theme}`,
      form: { "q.p1_risk_owner": "yes", "rev.p1_risk_owner": "0" },
    },
  ],
  "assessments.$id.answers.tsx": [
    {
      method: "POST",
      path: (i) => `/assessments/${i.assessment}/answers`,
      form: { "q.p1_risk_owner": "yes", "rev.p1_risk_owner": "0" },
    },
  ],
  "assessments.$id.review.tsx": [
    { method: "GET", path: (i) => `/assessments/${i.assessment}/review` },
    { method: "POST", path: (i) => `/assessments/${i.assessment}/review`, form: { intent: "submit" } },
  ],
  "assessments.$id.discard.tsx": [
    { method: "GET", path: (i) => `/assessments/${i.draft}/discard` },
    { method: "POST", path: (i) => `/assessments/${i.draft}/discard` },
  ],
  "assessments.$id.report.tsx": [{ method: "GET", path: (i) => `/assessments/${i.assessment}/report` }],
  "assessments.$id.actions.tsx": [
    { method: "GET", path: (i) => `/assessments/${i.assessment}/actions` },
    { method: "POST", path: (i) => `/assessments/${i.assessment}/actions`, form: { adviceId: "x", status: "done" } },
  ],
  "assessments.$id.answers[.]csv.tsx": [{ method: "GET", path: (i) => `/assessments/${i.assessment}/answers.csv` }],
  "assessments.$id.export[.]json.tsx": [{ method: "GET", path: (i) => `/assessments/${i.assessment}/export.json` }],
  "api.v1.assessments.$id.report.ts": [
    { method: "GET", path: (i) => `/api/v1/assessments/${i.assessment}/report?purpose=Zaak%2012345678` },
  ],
  "customs.organisations.$organisationId.tsx": [
    { method: "GET", path: (i) => `/customs/organisations/${i.organisation}?purpose=Zaak%2012345678` },
  ],
  "association.organisations.$organisationId.tsx": [
    { method: "GET", path: (i) => `/association/organisations/${i.organisation}?purpose=Zaak%2012345678` },
  ],
  "benchmarks.$questionnaireId.tsx": {
    exempt: "aggregates of a questionnaire, scoped by role; tested in benchmarks.spec.ts",
  },
  "benchmarks.$questionnaireId[.]csv.tsx": {
    exempt: "aggregates of a questionnaire, scoped by role; tested in benchmarks.spec.ts",
  },
  "api.v1.benchmarks.$questionnaireId.ts": {
    exempt: "aggregates of a questionnaire, scoped by role; tested in benchmark-api.spec.ts",
  },
  "invitations.$token.tsx": {
    exempt: "the id is a single-use secret, not an organisation's record; tested in onboarding.spec.ts",
  },
  "password.reset.$token.tsx": {
    exempt: "the id is a single-use secret, not an organisation's record; tested in password-reset.spec.ts",
  },
  "verify-email.$token.tsx": {
    exempt: "the id is a single-use secret, not an organisation's record; tested in email-verification.spec.ts",
  },
  "$.tsx": { exempt: "the not-found page" },
  "locales.$language.$group.ts": { exempt: "the site's messages, the same for everyone; tested in messages.spec.ts" },
};

const VICTIM = "security@noordzee-logistiek.example";
const OUTSIDERS = ["security@delta-forwarding.example", "analist@havenvereniging.example", "reviewer@douane.example"];

async function signedInContext(browser: Browser, baseURL: string, email: string): Promise<APIRequestContext> {
  const context = await browser.newContext({ baseURL });
  await signedIn(await context.newPage(), email);
  return context.request;
}

test("every route with an id is in the isolation table", () => {
  const withId = readdirSync(new URL("../../app/routes", import.meta.url)).filter((f) => f.includes("$"));
  expect(withId.sort()).toEqual(Object.keys(ROUTES).sort());
});

test("no outsider reaches another organisation's records through any route with an id", async ({
  browser,
  baseURL,
}) => {
  test.slow();
  const origin = baseURL!;
  const victim = await signedInContext(browser, origin, VICTIM);
  // The victim shares with nobody, so Customs and its association have no consent either.
  await victim.post("/confirm", { form: { password: DEMO_PASSWORD }, headers: { Origin: origin } });
  for (const recipient of ["customs", "association"]) {
    await victim.post("/organisation/sharing/revoke", { form: { recipient }, headers: { Origin: origin } });
  }
  const list = await (await victim.get("/assessments")).text();
  const assessment = /\/assessments\/([0-9a-f-]{36})/.exec(list)![1]!;
  const reportOf = async () =>
    (await victim.get(`/api/v1/assessments/${assessment}/report`)).json() as Promise<{
      assessment: { organisationId: string; status: string };
    }>;
  const before = await reportOf();
  const questionnaireId = /name="questionnaireId" value="([^"]+)"/.exec(list)![1]!;
  const started = await victim.post("/assessments", {
    form: { questionnaireId },
    headers: { Origin: origin },
    maxRedirects: 0,
  });
  const draft = /\/assessments\/([0-9a-f-]{36})/.exec(started.headers().location ?? "")![1]!;
  const ids: Ids = { assessment, draft, theme: "p1", organisation: before.assessment.organisationId };

  // The same URLs work for the organisation itself, so a 404 below is the refusal, not a typo.
  for (const calls of Object.values(ROUTES)) {
    if (!Array.isArray(calls)) continue;
    for (const call of calls.filter((c) => c.method === "GET" && !/^\/(customs|association)\//.test(c.path(ids)))) {
      expect((await victim.get(call.path(ids), { maxRedirects: 0 })).status(), call.path(ids)).toBe(200);
    }
  }

  const anonymous = (await browser.newContext({ baseURL: origin })).request;
  const callers = [
    ...(await Promise.all(
      OUTSIDERS.map(async (email) => ({ who: email, request: await signedInContext(browser, origin, email) })),
    )),
    { who: "signed out", request: anonymous },
  ];
  let tried = 0;
  for (const [file, calls] of Object.entries(ROUTES)) {
    if (!Array.isArray(calls)) continue;
    for (const call of calls) {
      for (const { who, request } of callers) {
        const url = call.path(ids);
        const send = () =>
          call.method === "GET"
            ? request.get(url, { maxRedirects: 0 })
            : request.post(url, { form: call.form ?? {}, headers: { Origin: origin }, maxRedirects: 0 });
        // A spec just before may have used up these people's rate limit: wait as told, then ask again.
        let response = await send();
        while (response.status() === 429) {
          await new Promise((resolve) => setTimeout(resolve, Number(response.headers()["retry-after"]) * 1000));
          response = await send();
        }
        tried++;
        const status = response.status();
        const toSignIn = status >= 300 && status < 400 && (response.headers().location ?? "").startsWith("/signin");
        const label = `${call.method} ${url} (${file}) as ${who}: ${status}`;
        if (who === "signed out" && !url.startsWith("/api/")) expect(toSignIn || status === 404, label).toBe(true);
        else expect(status, label).toBe(404);
      }
    }
  }
  expect(tried).toBeGreaterThan(50);
  // Nothing changed: the report reads the same, answers and status included.
  expect(await reportOf()).toEqual(before);
  expect((await victim.get(`/assessments/${draft}/discard`)).status()).toBe(200);
  test.info().annotations.push({ type: "attacks", description: `tried ${tried}, refused ${tried}, changed 0` });
});
