import { database } from "../../db/client";
import { platformAdmins, users } from "../../db/schema";
import { EmailSchema, PASSWORD_RESET_MINUTES, PersonNameSchema } from "~/domain/account";
import { config } from "~/server/config.server";
import { accountAt } from "./account.server";
import { recordAudit } from "./audit.server";
import { enqueueMail } from "./mail.server";
import { createPasswordResetLink } from "./password-reset.server";

export type PlatformAdminGrant =
  | {
      ok: true;
      userId: string;
      email: string;
      accountCreated: boolean;
      alreadyAdmin: boolean;
      link: string;
      expiresAt: Date;
      mailed: boolean;
    }
  | { ok: false; reason: "invalid_email" | "invalid_name" | "deactivated" };

/**
 * Makes the address's account a platform admin, creating the account when there is none, and
 * issues a single-use link that sets its password, as a reset link does. This is how a
 * deployment gets its first admin (`npm run admin:create` on the server), so nobody signed in
 * acts: the audit entry names the operator's system account instead. Running it again for the
 * same person changes nothing but issuing another link.
 */
export async function grantPlatformAdmin({
  email,
  name,
  operator,
  // Without a mail server the mail would only be held, a second copy of the printed link.
  mail = config().smtpUrl !== undefined,
  now = new Date(),
}: {
  email: string;
  name: string;
  operator: string | null;
  mail?: boolean;
  now?: Date;
}): Promise<PlatformAdminGrant> {
  const address = EmailSchema.safeParse(email);
  if (!address.success) return { ok: false, reason: "invalid_email" };
  const personName = PersonNameSchema.safeParse(name);
  if (!personName.success) return { ok: false, reason: "invalid_name" };
  return database().transaction(async (tx) => {
    const existing = await accountAt(tx, address.data);
    // Switching an account on again is a decision of its own, taken on /admin/people.
    if (existing?.deactivatedAt) return { ok: false, reason: "deactivated" } as const;
    const [user] = existing
      ? [existing]
      : await tx
          .insert(users)
          .values({
            email: address.data,
            name: personName.data,
            // None until the link sets one: every sign-in fails as with a wrong password.
            passwordHash: null,
            // The operator on the server names the address; following the link would confirm it too.
            emailVerifiedAt: now,
          })
          .returning({ id: users.id, name: users.name, email: users.email, language: users.language });
    if (!user) throw new Error("insert returned no row");
    const added = await tx
      .insert(platformAdmins)
      .values({ userId: user.id, createdAt: now })
      .onConflictDoNothing()
      .returning({ userId: platformAdmins.userId });
    const { link, expiresAt } = await createPasswordResetLink(tx, user.id, now);
    if (mail) {
      await enqueueMail(tx, {
        to: user.email,
        language: user.language,
        template: {
          key: "platform_admin_granted",
          name: user.name,
          email: user.email,
          link,
          minutes: PASSWORD_RESET_MINUTES,
        },
      });
    }
    const outcome = { accountCreated: !existing, alreadyAdmin: added.length === 0, mailed: mail };
    await recordAudit(
      { userId: null, role: null, organisationId: null, ip: null },
      {
        action: "platform_role_granted",
        objectType: "user",
        objectId: user.id,
        details: { role: "platform_admin", via: "command_line", operator, ...outcome },
      },
      tx,
    );
    return { ok: true, userId: user.id, email: user.email, link, expiresAt, ...outcome } as const;
  });
}
