import axe from "axe-core";
import { test as base, expect, type Browser, type Cookie, type Page, type Response } from "@playwright/test";
import { Secret, TOTP } from "otpauth";
import { DEMO_PASSWORD, DEMO_SIGN_INS, DEMO_TOTP_SECRET } from "../../db/demo-accounts";

export { DEMO_PASSWORD };
/** The password of accounts a test makes itself. */
export const NEW_PASSWORD = "zeehaven veilig 2026";

const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
type WithAxe = typeof globalThis & { axe?: typeof axe };

/**
 * Fails on any WCAG 2.1 A/AA violation on the page as it is now. axe-core runs in the page
 * itself (the pages have no frames) and is put there once per document; only the violations
 * come back. Each check still costs about a second of CPU, the largest share of these tests.
 */
export async function expectAccessible(page: Page): Promise<void> {
  if (!(await page.evaluate(() => "axe" in globalThis))) await page.evaluate(axe.source);
  const violations = await page.evaluate(async (tags) => {
    const results = await (globalThis as WithAxe).axe!.run(document, {
      runOnly: { type: "tag", values: tags },
      resultTypes: ["violations"],
    });
    return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  }, WCAG_21_AA);
  expect(violations, `accessibility violations on ${page.url()}`).toEqual([]);
  // A message given without its values shows its placeholder, in the text or in the title.
  const unfilled = /\{\{\s*[\w.]+\s*\}\}/;
  expect(await page.title(), `the title of ${page.url()}`).not.toMatch(unfilled);
  expect(await page.locator("body").innerText(), `the text of ${page.url()}`).not.toMatch(unfilled);
}

export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@e2e.example`;
}

const TOTP_PERIOD_MS = 30_000;
const lastStepUsed = new Map<string, number>();

/**
 * A code for a time step the server has not seen for this secret yet: each code works once,
 * so a second sign-in in the same half minute takes the next step, waiting for it if needed.
 * Never the step before the current one: the server takes one step either side of its clock,
 * so on a slow machine that code could be two steps old by the time it is checked.
 */
export async function freshTotpCode(page: Page, key: string, secret = DEMO_TOTP_SECRET): Promise<string> {
  const now = () => Math.floor(Date.now() / TOTP_PERIOD_MS);
  const step = Math.max(now(), (lastStepUsed.get(key) ?? -Infinity) + 1);
  // The server accepts one step ahead of its clock; wait until this step is that close.
  const wait = (step - 1) * TOTP_PERIOD_MS - Date.now();
  if (wait > 0) await page.waitForTimeout(wait + 100);
  lastStepUsed.set(key, step);
  return new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: step * TOTP_PERIOD_MS });
}

/** Types the authenticator code where the site asks for it after the password. */
export async function typeSecondFactor(page: Page, key: string, secret = DEMO_TOTP_SECRET): Promise<void> {
  // A throttled sign-in fails here with the page's reason, rather than wait for a code page.
  const asked = await Promise.race([
    page.waitForURL(/\/signin\/code/).then(() => null),
    page
      .getByRole("alert")
      .filter({ hasText: "Te veel mislukte pogingen" })
      .textContent()
      .then((reason) => reason ?? ""),
  ]);
  if (asked !== null) throw new Error(`The sign-in of ${key} was refused: ${asked}`);
  // A step used before, by an earlier run or the other worker, is refused; a later one then works.
  for (let attempt = 0; attempt < 5; attempt++) {
    await page.getByLabel("Code", { exact: true }).fill(await freshTotpCode(page, key, secret));
    await page.locator("main form button[type=submit]").click();
    const outcome = await Promise.race([
      page.waitForURL((url) => !url.pathname.startsWith("/signin")).then(() => "in" as const),
      page
        .getByRole("alert")
        .waitFor()
        .then(() => "refused" as const),
    ]);
    if (outcome === "in") return;
    await page.reload();
  }
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/signin");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Inloggen" }).click();
  const demo = DEMO_SIGN_INS.find((account) => account.email === email);
  if (demo?.secondFactor && password === DEMO_PASSWORD) await typeSecondFactor(page, email);
}

/** Signs out with the header button and waits until the site shows the signed-out header, so the next step cannot race the old session. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page.getByRole("link", { name: "Inloggen" }).first()).toBeVisible();
}

/** Types the password again where the site asks for it before sharing, exporting or deleting. */
export async function confirmWithPassword(page: Page, password = DEMO_PASSWORD): Promise<void> {
  await expect(page.getByRole("heading", { level: 1, name: "Bevestig dat u het bent" })).toBeVisible();
  // A link to a download that asks first arrives here by a full page load: type once the page's
  // script has taken over, as after a goto, so that nothing typed meets the hydration.
  await page.waitForFunction(() => "__remixRouter" in window);
  await page.getByLabel("Wachtwoord").fill(password);
  // The way back is a full page load, or a download: after a load, act once the page's script
  // has taken over, as after a goto, or a click would post its form without it. The download is
  // awaited from before the click: under load it can start before the click's own promise settles.
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Bevestigen" }).click();
  // A refusal stays on this page: fail with its message rather than wait for what cannot come.
  const refusal = page.locator("main").getByRole("alert").filter({ hasText: /\S/ }).first();
  const refused = refusal.waitFor().then(
    async () => {
      if (new URL(page.url()).pathname.startsWith("/confirm"))
        throw new Error(`the confirmation was refused: ${await refusal.textContent()}`);
      // An alert on the page the confirmation led to is that page's own: the other two decide.
      await new Promise(() => {});
    },
    () => undefined,
  );
  await Promise.race([
    page
      .waitForURL((url) => !url.pathname.startsWith("/confirm"))
      .then(
        () => page.waitForFunction(() => "__remixRouter" in window),
        // A download aborts the navigation it came from.
        () => download,
      ),
    download,
    refused,
  ]);
}

/**
 * The sessions of demo accounts with a second factor, per worker: a sign-in through the form
 * takes a code step the server has not seen, so a second one within half a minute waits.
 * No test has these roles type their password again, so a session carries nothing between tests.
 */
const secondFactorSessions = new Map<string, Cookie>();

/**
 * Signs in and waits until the site has let the person in. A demo account with a second factor
 * reuses this worker's session while it lives; signIn always goes through the form.
 */
export async function signedIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  const reusable =
    password === DEMO_PASSWORD && DEMO_SIGN_INS.some((account) => account.email === email && account.secondFactor);
  const kept = reusable ? secondFactorSessions.get(email) : undefined;
  if (kept) {
    await page.context().addCookies([kept]);
    // Signed in, the sign-in page sends the person to their home page, as the form does.
    await page.goto("/signin");
    if (!new URL(page.url()).pathname.startsWith("/signin")) return;
  }
  await signIn(page, email, password);
  await expect(page).not.toHaveURL(/\/signin/);
  const session = (await page.context().cookies()).find((cookie) => cookie.name.endsWith("weerbaar"));
  if (reusable && session) secondFactorSessions.set(email, session);
}

/** Signs up a new terminal operator through the form; the page is then signed in as its admin. */
export async function signUpTerminal(
  page: Page,
  email: string,
  { organisation = "Scan Terminal", adminName = "Eva Smit", password = NEW_PASSWORD } = {},
): Promise<void> {
  await submitSignUp(page, email, { organisation, adminName, password });
  // A new address's account may sign in before its address is confirmed, and is welcomed then.
  await signInFromCheckMail(page, email, password);
  await expect(page).toHaveURL(/\/organisation\?welcome$/);
}

/** Fills in and sends the sign-up form; the page then shows the "check your mail" answer. */
export async function submitSignUp(
  page: Page,
  email: string,
  { organisation = "Scan Terminal", adminName = "Eva Smit", password = NEW_PASSWORD, kvkNumber = "" } = {},
): Promise<void> {
  await page.goto("/signup");
  await page.getByLabel("Naam van de organisatie").fill(organisation);
  await page.getByLabel("Sector").selectOption("terminal_operator");
  await page.getByLabel("Aantal medewerkers").selectOption("50-249");
  await page.getByLabel("Havenregio").selectOption("rotterdam_rijnmond");
  if (kvkNumber) await page.getByLabel("KvK-nummer (optioneel)").fill(kvkNumber);
  await page.getByLabel("Uw naam").fill(adminName);
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Account aanmaken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kijk in uw mail" })).toBeVisible();
}

/**
 * The text of the newest mail to `recipient` with this subject, as the platform admin sees it
 * held at /admin/mail (there is no mail server in the browser tests), once the worker took it.
 */
export async function heldMail(browser: Browser, recipient: string, subject: string): Promise<string> {
  const admin = await (await browser.newContext({ locale: "nl-NL" })).newPage();
  await signedIn(admin, "beheer@weerbaar.example");
  // Only this address's mails: a notice to many people would push it off the newest hundred.
  await admin.goto(`/admin/mail?${new URLSearchParams({ recipient })}`);
  const row = admin.getByRole("row").filter({ hasText: recipient }).filter({ hasText: subject }).first();
  try {
    await expect(async () => {
      await admin.reload();
      await expect(row.getByText("Niet verstuurd (geen mailserver)")).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 120_000 });
  } catch (error) {
    // Say what the outbox holds for this address: a mail not written differs from one stuck.
    const seen = await admin.getByRole("row").filter({ hasText: recipient }).allInnerTexts();
    throw new Error(`no held mail "${subject}" for ${recipient} at ${admin.url()}; rows: ${JSON.stringify(seen)}`, {
      cause: error,
    });
  }
  await row.getByText("Bericht tonen").click();
  const text = (await row.locator("pre").textContent()) ?? "";
  await admin.context().close();
  return text;
}

/** The path of the first link to `path` in a mail's text. */
export function linkIn(text: string, path: string): string {
  const link = new RegExp(`https?://\\S+(${path}/\\S+)`).exec(text)?.[1];
  if (!link) throw new Error(`no link to ${path} in the mail: ${text}`);
  return link;
}

/**
 * On the "check your mail" answer to a sign-up, follows its sign-in link and signs in, without
 * confirming the address.
 */
export async function signInFromCheckMail(page: Page, email: string, password: string): Promise<void> {
  await expect(page.getByRole("heading", { level: 1, name: "Kijk in uw mail" })).toBeVisible();
  await page.getByRole("main").getByRole("link", { name: "Inloggen" }).click();
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).not.toHaveURL(/\/signin/);
}

/**
 * The admin signed in on `admin` invites a colleague, who follows the link on `member`'s own
 * site (another instance, in the reliability tests) and joins with a new account.
 */
export async function inviteMember(
  admin: Page,
  member: Page,
  memberName: string,
  readMail?: MailReader,
): Promise<void> {
  await admin.goto("/organisation");
  await admin.getByLabel("E-mailadres van uw collega").fill(uniqueEmail("lid"));
  await admin.getByRole("button", { name: "Uitnodigingslink maken" }).click();
  const link = await admin.getByLabel("Uitnodigingslink").inputValue();
  await member.goto(new URL(link).pathname);
  await joinByInvitation(member, memberName, NEW_PASSWORD, readMail);
}

/** The text of the newest mail to `recipient` with this subject. */
export type MailReader = (recipient: string, subject: string) => Promise<string>;

/**
 * On an invitation's page, makes the account with this name, confirms its address from the
 * mailed link choosing this password (an invited account has none, and cannot sign in, before)
 * and signs in. The mail is read as the platform admin sees it held, unless `readMail` says
 * otherwise.
 */
export async function joinByInvitation(
  member: Page,
  name: string,
  password = NEW_PASSWORD,
  readMail?: MailReader,
): Promise<void> {
  const email = await member.getByLabel("E-mailadres").inputValue();
  await member.getByLabel("Uw naam").fill(name);
  await member.getByRole("button", { name: "Account aanmaken" }).click();
  await expect(member.getByRole("heading", { level: 1, name: "Bevestig eerst uw e-mailadres" })).toBeVisible();
  const browser = member.context().browser();
  const read = readMail ?? (browser ? (to: string, subject: string) => heldMail(browser, to, subject) : undefined);
  if (!read) throw new Error("the member's page has no browser to read the held mail with");
  const mail = await read(email, "Bevestig uw e-mailadres voor Weerbaar");
  await member.goto(linkIn(mail, "/verify-email"));
  await member.getByLabel("Wachtwoord").fill(password);
  await member.getByRole("button", { name: "Bevestigen" }).click();
  await expect(member.getByRole("heading", { level: 1, name: "E-mailadres bevestigd" })).toBeVisible();
  await member.getByRole("link", { name: "Verder" }).click();
  await expect(member.getByRole("heading", { level: 1, name: "Inloggen" })).toBeVisible();
  await member.getByLabel("E-mailadres").fill(email);
  await member.getByLabel("Wachtwoord").fill(password);
  await member.getByRole("button", { name: "Inloggen" }).click();
  await expect(member).not.toHaveURL(/\/signin/);
}

/**
 * On the two-step verification page of `email`'s account, turns it on with the shown key: the
 * page then shows the recovery codes, which come back with the key.
 */
export async function enrolSecondFactor(page: Page, email: string): Promise<{ secret: string; codes: string[] }> {
  const secret = (await page.getByTestId("totp-secret").textContent())!;
  await page
    .getByLabel("2. Typ de code van 6 cijfers die de app nu toont.")
    .fill(await freshTotpCode(page, email, secret));
  await page.getByRole("button", { name: "Zet aan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Uw herstelcodes" })).toBeVisible();
  return { secret, codes: await page.locator(".recovery-codes li").allTextContents() };
}

/** Every test fails when the browser logs an error: a broken page rarely says so otherwise. */
export interface FixtureOptions {
  /** The project's tests stop and kill servers on purpose (the reliability scenarios). */
  serversStopOnPurpose: boolean;
}

export const test = base.extend<{ consoleErrors: string[] } & FixtureOptions>({
  serversStopOnPurpose: [false, { option: true }],
  // A test acts at once after a load. Until the page's script has taken over, links and forms
  // work as plain HTML (hydration.spec.ts tries that); elsewhere tests are about the page as it
  // runs, so they wait for the router (unless a test turns JavaScript off).
  page: async ({ page, javaScriptEnabled }, provide) => {
    const afterLoad = async (response: Response | null) => {
      if (javaScriptEnabled && response?.headers()["content-type"]?.startsWith("text/html")) {
        await page.waitForFunction(() => "__remixRouter" in window);
      }
      return response;
    };
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    page.goto = async (...args) => afterLoad(await goto(...args));
    page.reload = async (...args) => afterLoad(await reload(...args));
    await provide(page);
  },
  consoleErrors: [
    async ({ page, serversStopOnPurpose }, use) => {
      const errors: string[] = [];
      page.on("console", (message) => {
        if (message.type() !== "error") return;
        // A page that answers 404 or 403 on purpose is logged by the browser too; an asset is not.
        const isDocumentStatus =
          message.text().startsWith("Failed to load resource") && !/\/build\/|favicon/.test(message.location().url);
        // The page of a server stopped on purpose that still fetches its icon or a style meets a
        // refused, reset or unanswered connection.
        const isStoppedServer =
          serversStopOnPurpose &&
          /net::ERR_(CONNECTION_REFUSED|CONNECTION_RESET|CONNECTION_CLOSED|EMPTY_RESPONSE)/.test(message.text());
        if (!isDocumentStatus && !isStoppedServer) errors.push(message.text());
      });
      page.on("pageerror", (error) => {
        // A request the router gave up because the person moved on (a click while the page was
        // still starting or loading) rejects with an AbortError: nothing failed for them.
        if (error.name !== "AbortError") errors.push(error.message);
      });
      await use(errors);
      expect(errors, "console errors").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Starts an empty draft of a questionnaire from the self-assessments page (the first one offered
 * unless named), deleting the organisation's open draft of it first: one draft per questionnaire.
 */
export async function startEmptyDraft(page: Page, questionnaire?: string): Promise<void> {
  await page.goto("/assessments");
  const card = questionnaire
    ? page.locator(".scan-status").filter({ has: page.getByRole("heading", { name: questionnaire, exact: true }) })
    : page.locator(".scan-status").first();
  await discardOpenDraft(page, card);
  const fresh = card.getByRole("button", { name: /^Leeg beginnen/ });
  await ((await fresh.count()) > 0 ? fresh : card.getByRole("button", { name: /^Start:/ })).click();
  await expect(page).toHaveURL(/\/profile$/);
}

/** Signs in as `email` and opens the report of their organisation's latest port and logistics scan. */
export async function openLatestReport(page: Page, email: string): Promise<void> {
  await signedIn(page, email);
  await page.goto("/assessments");
  await page.getByRole("link", { name: "Weerbaarheidsscan haven en logistiek" }).first().click();
  // The list has report links too: click the scan's own once its page is there, not one that
  // breaks off the navigation under way.
  await expect(page).toHaveURL(/\/assessments\/[^/]+$/);
  await page.getByRole("link", { name: "Rapport" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

/** Deletes the open draft shown on a questionnaire's card of the self-assessments page, if any. */
export async function discardOpenDraft(page: Page, card = page.locator(".scan-status").first()): Promise<void> {
  const discard = card.getByRole("link", { name: "Concept verwijderen" });
  if ((await discard.count()) === 0) return;
  await discard.click();
  await page.getByRole("button", { name: "Ja, concept verwijderen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Het concept is verwijderd." })).toBeVisible();
}
