import http from "node:http";
import { readdirSync } from "node:fs";
import fc from "fast-check";
import { expect, signedIn, startEmptyDraft, test } from "./fixtures";

/**
 * Random and malformed payloads against the autosave action and the API: never a 500, and
 * whatever was stored afterwards is a valid answer of the questionnaire.
 */
const QUESTIONS = [
  "p1_board_owner",
  "p1_risk_assessment",
  "e2_high_risk_origin",
  "e12_certifications",
  "nope",
  "__proto__",
  "constructor",
  "",
];

const junk = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 50 }),
  fc.constantFrom(
    "yes",
    "no",
    "partly",
    "dont_know",
    "not_applicable",
    "-1",
    "1e309",
    "NaN",
    "null",
    "[]",
    "{}",
    "0",
    "999999999999",
  ),
  fc.string({ minLength: 5_000, maxLength: 20_000 }),
  fc.json({ maxDepth: 8 }),
);

const payload = fc.array(
  fc.tuple(
    fc.oneof(
      fc.constantFrom("questionId", "intent", "__proto__[polluted]", "constructor.prototype.x"),
      fc.constantFrom(...QUESTIONS).chain((id) => fc.constantFrom(`q.${id}`, `na.${id}`, `note.${id}`, `rev.${id}`)),
      fc.string({ maxLength: 20 }),
    ),
    junk,
  ),
  { maxLength: 12 },
);

test("the answer-saving action and the API never fail with 500 and never store an invalid answer", async ({
  page,
  baseURL,
}) => {
  test.slow();
  await signedIn(page, "security@rijnmond-reefer.example");
  await startEmptyDraft(page);
  await expect(page).toHaveURL(/\/assessments\/[0-9a-f-]{36}\/profile$/);
  const assessment = new URL(page.url()).pathname.split("/")[2]!;
  const origin = { Origin: baseURL! };

  // A well-formed answer is stored, so the final check below has something to check.
  const valid = await page.request.post(`/assessments/${assessment}/answers`, {
    headers: origin,
    form: { questionId: "p1_board_owner", "q.p1_board_owner": "partly", "rev.p1_board_owner": "0" },
  });
  expect(valid.status()).toBe(200);

  let tried = 0;
  await fc.assert(
    fc.asyncProperty(payload, async (pairs) => {
      const body = new URLSearchParams();
      // Duplicated parameters on purpose: append, never set.
      for (const [key, value] of pairs) body.append(key, value);
      const response = await page.request.post(`/assessments/${assessment}/answers`, {
        headers: { ...origin, "Content-Type": "application/x-www-form-urlencoded" },
        data: body.toString(),
      });
      tried++;
      expect(response.status(), body.toString().slice(0, 200)).toBeLessThan(500);
    }),
    { numRuns: 150, seed: 20261128 },
  );
  for (const path of [
    `/api/v1/assessments/${assessment}/report?purpose=${"x".repeat(5000)}`,
    "/api/v1/customs/organisations?sort[]=name&sector=1&sector=2",
    "/api/v1/benchmarks/port-logistics?grouping=sector&grouping=all",
    "/api/v1/assessments/not-a-uuid/report",
    "/api/v1/benchmarks/%00",
  ]) {
    expect((await page.request.get(path)).status(), path).toBeLessThan(500);
  }

  // Whatever was stored is an answer the questionnaire allows: the export checks against it.
  const exported = (await (await page.request.get(`/assessments/${assessment}/export.json`)).json()) as {
    answers: { questionId: string; value: { kind: string; option?: string; options?: string[] } }[];
  };
  expect(exported.answers.length).toBeGreaterThan(0);
  for (const answer of exported.answers) {
    expect(["choice", "choices", "dont_know", "not_applicable"]).toContain(answer.value.kind);
    expect(QUESTIONS.slice(0, 4)).toContain(answer.questionId);
  }
  expect(tried).toBe(150);
  test.info().annotations.push({
    type: "attacks",
    description: `tried ${tried} malformed saves, 0 answered 500, 0 invalid answers stored`,
  });
  // The prototype of plain objects is untouched on the server: a later request still works.
  expect((await page.request.get(`/api/v1/assessments/${assessment}/report`)).status()).toBe(200);
});

/**
 * Malformed requests against every route of app/routes, found from the file names so a new
 * route is covered without touching this test: TRACE, broken `%` escapes, a NUL in every
 * field of every form the route shows (one field at a time, the others as the page filled
 * them), impossible and out-of-range dates in date fields and filters, and form posts whose
 * body is JSON, plain text, untyped or multipart with a missing or wrong boundary. Each is
 * sent by signed-out visitors and by each kind of signed-in person; none may answer 5xx.
 */
const BAD_INPUT_PEOPLE = [
  "beveiliging@maasvlakte-terminal.example",
  "beheer@weerbaar.example",
  "reviewer@douane.example",
  "analist@havenvereniging.example",
];
const BAD_DATES = ["2026-02-30", "0000-01-01", "99999-01-01"];
const NUL = "a\u0000b";

/** The URL of a route file, its parameters filled in from `params` (unknown ones get "x"). */
function routeUrl(file: string, params: Record<string, string>): string {
  const segments = file
    .replace(/\.tsx?$/, "")
    .replaceAll("[.]", "\u0001")
    .split(".")
    .filter((s) => s !== "_index")
    .map((s) => (s === "$" ? "no/such/page" : s.startsWith("$") ? (params[s.slice(1)] ?? "x") : s.replace(/_$/, "")));
  return `/${segments.join("/").replaceAll("\u0001", ".")}`;
}

interface FoundForm {
  method: string;
  action: string;
  fields: { name: string; value: string; type: string }[];
}

/** A request with exactly these headers and bytes: Playwright adds a Content-Type of its own. */
function raw(
  origin: string,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: Buffer,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${origin}${path}`,
      { method, headers: { ...headers, ...(body ? { "Content-Length": String(body.length) } : {}) } },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

test("no malformed request to any route answers 5xx", async ({ browser, baseURL }) => {
  test.slow();
  const origin = baseURL!;
  const owner = await browser.newContext({ baseURL: origin });
  const ownerPage = await owner.newPage();
  await signedIn(ownerPage, BAD_INPUT_PEOPLE[0]!);
  const assessment = /\/assessments\/([0-9a-f-]{36})/.exec(await (await owner.request.get("/assessments")).text())![1]!;
  const report = (await (await owner.request.get(`/api/v1/assessments/${assessment}/report`)).json()) as {
    assessment: { organisationId: string };
  };
  const params = {
    id: assessment,
    themeId: "p1",
    organisationId: report.assessment.organisationId,
    questionnaireId: "port-logistics",
    token: "x".repeat(43),
  };
  // Signing out last, so the people stay signed in for every other route.
  const files = readdirSync(new URL("../../app/routes", import.meta.url)).sort(
    (a, b) => Number(a.startsWith("signout")) - Number(b.startsWith("signout")),
  );
  expect(files.length).toBeGreaterThan(30);

  const people = [
    { who: "signed out", context: await browser.newContext({ baseURL: origin }) },
    { who: BAD_INPUT_PEOPLE[0]!, context: owner },
  ];
  for (const email of BAD_INPUT_PEOPLE.slice(1)) {
    const context = await browser.newContext({ baseURL: origin });
    await signedIn(await context.newPage(), email);
    people.push({ who: email, context });
  }
  const parser = await (await browser.newContext()).newPage();
  const failures: string[] = [];
  const seenForms = new Set<string>();
  let sent = 0;
  const check = (label: string, status: number) => {
    sent++;
    if (status >= 500) failures.push(`${label}: ${status}`);
  };

  // The people one after another would take minutes; each person's requests stay in order.
  await Promise.all(
    people.map(async ({ who, context }) => {
      const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
      const send = (method: string, path: string, headers: Record<string, string> = {}, body?: Buffer) =>
        raw(origin, method, path, { Origin: origin, ...(cookie ? { Cookie: cookie } : {}), ...headers }, body);
      for (const file of files) {
        const url = routeUrl(file, params);
        const at = `${file} as ${who}`;
        check(`TRACE ${url} (${at})`, await send("TRACE", url));
        check(`GET ${url}/%ff (${at})`, await send("GET", `${url}/%ff`));
        check(`GET %ff in ${url} (${at})`, await send("GET", url.replace(/\/[^/]*$/, "/%ff")));
        check(
          `GET ${url} with NUL and bad dates in the query (${at})`,
          await send("GET", `${url}?q=a%00b&from=2026-02-30&to=0000-01-01&purpose=%00`),
        );
        for (const target of [url, `${url}?index`]) {
          const bodies: [string, Record<string, string>, Buffer][] = [
            ["JSON", { "Content-Type": "application/json" }, Buffer.from('{"intent":"x"}')],
            ["text/plain", { "Content-Type": "text/plain" }, Buffer.from("intent=x")],
            ["no Content-Type", {}, Buffer.from("intent=x")],
            [
              "multipart without boundary",
              { "Content-Type": "multipart/form-data" },
              Buffer.from('--b\r\nContent-Disposition: form-data; name="intent"\r\n\r\nx\r\n--b--\r\n'),
            ],
            [
              "multipart with a wrong boundary",
              { "Content-Type": "multipart/form-data; boundary=zzz" },
              Buffer.from('--b\r\nContent-Disposition: form-data; name="intent"\r\n\r\nx\r\n--b--\r\n'),
            ],
            [
              "multipart with a NUL",
              { "Content-Type": "multipart/form-data; boundary=b" },
              Buffer.from('--b\r\nContent-Disposition: form-data; name="intent"\r\n\r\na\u0000b\r\n--b--\r\n'),
            ],
          ];
          for (const [kind, headers, body] of bodies)
            check(`POST ${target} ${kind} (${at})`, await send("POST", target, headers, body));
        }

        // The forms the page shows this person, each field made bad in turn.
        const page = await context.request.get(url, { maxRedirects: 0 });
        if (page.status() !== 200 || !(page.headers()["content-type"] ?? "").startsWith("text/html")) continue;
        const forms = await parser.evaluate(
          (html) => {
            const doc = new DOMParser().parseFromString(html, "text/html");
            return [...doc.querySelectorAll("form")].map((form) => ({
              method: (form.getAttribute("method") ?? "get").toLowerCase(),
              action: form.getAttribute("action") ?? "",
              fields: [
                ...form.querySelectorAll<
                  HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | HTMLButtonElement
                >("input[name], select[name], textarea[name], button[name]"),
              ]
                .filter(
                  (e) =>
                    !(e instanceof HTMLInputElement && (e.type === "checkbox" || e.type === "radio") && !e.checked),
                )
                .map((e) => ({
                  name: e.name,
                  type:
                    e instanceof HTMLSelectElement ? "select" : e instanceof HTMLTextAreaElement ? "textarea" : e.type,
                  value: e instanceof HTMLSelectElement ? e.value || (e.options[1]?.value ?? "") : e.value,
                })),
            }));
          },
          await page.text(),
        );
        for (const form of forms as FoundForm[]) {
          const action = form.action || url;
          const key = `${form.method} ${action} ${form.fields.map((f) => f.name).join(",")}`;
          if (seenForms.has(key)) continue;
          seenForms.add(key);
          for (const [index, field] of form.fields.entries()) {
            for (const bad of [NUL, ...(field.type === "date" ? BAD_DATES : [])]) {
              const values = new URLSearchParams(form.fields.map((f, i) => [f.name, i === index ? bad : f.value]));
              const label = `${form.method.toUpperCase()} ${action} ${field.name}=${JSON.stringify(bad)} (${at})`;
              if (form.method === "post") {
                check(
                  label,
                  await send(
                    "POST",
                    action,
                    { "Content-Type": "application/x-www-form-urlencoded" },
                    Buffer.from(values.toString()),
                  ),
                );
              } else {
                check(label, await send("GET", `${action.split("?")[0]}?${values}`));
              }
            }
          }
        }
      }
    }),
  );
  expect(failures, `${failures.length} of ${sent} bad requests answered 5xx`).toEqual([]);
  expect(seenForms.size).toBeGreaterThan(15);
  test.info().annotations.push({
    type: "attacks",
    description: `sent ${sent} malformed requests to ${files.length} routes, forms ${seenForms.size}, 0 answered 5xx`,
  });
});
