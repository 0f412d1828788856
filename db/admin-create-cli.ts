import { userInfo } from "node:os";
import { PASSWORD_RESET_MINUTES } from "../app/domain/account";
import { grantPlatformAdmin } from "../app/models/platform-admin.server";
import { readConfig } from "../app/server/config.server";
import { setDatabase } from "./client";
import { openMigratedDatabase } from "./prepare";

const REFUSALS = {
  invalid_email: (email: string) => `"${email}" is not an e-mail address.`,
  invalid_name: () => "Give the person's name (1 to 120 characters) after the address, in quotes.",
  deactivated: (email: string) =>
    `The account of ${email} is deactivated; nothing was changed. Switch it on again on /admin/people first.`,
};

const args = process.argv.slice(2);
if (args.length !== 2) {
  console.error('Usage: npm run admin:create -- <email> "<name>"');
  process.exit(1);
}
const [email = "", name = ""] = args;

// Named in the audit entry, since nobody is signed in; some containers have no user name.
const operator = (() => {
  try {
    return userInfo().username;
  } catch {
    return null;
  }
})();

const config = readConfig();
// Migrated first, so the first admin can be made before the site has ever started.
const handle = await openMigratedDatabase(config);
try {
  setDatabase(handle);
  const grant = await grantPlatformAdmin({ email, name, operator });
  if (!grant.ok) {
    console.error(REFUSALS[grant.reason](email));
    process.exitCode = 1;
  } else {
    const what = grant.accountCreated
      ? "new account"
      : grant.alreadyAdmin
        ? "it already was"
        : "role added to the existing account, whose name stays as it was";
    console.log(`${grant.email} is a platform admin (${what}).`);
    console.log(
      `This link sets the password; it works once, for ${PASSWORD_RESET_MINUTES} minutes (until ${grant.expiresAt.toISOString()}):`,
    );
    console.log(`  ${grant.link}`);
    console.log(
      grant.mailed
        ? `It is also mailed to ${grant.email}.`
        : "It is not mailed (no SMTP_URL): pass it on to the person over a channel you trust.",
    );
    if (!process.env.PUBLIC_URL) console.log("PUBLIC_URL is not set, so the link names this machine's own address.");
    console.log("At the first sign-in Weerbaar asks for a second factor, as of every platform admin.");
  }
} finally {
  setDatabase(undefined);
  await handle.close();
}
