import type { SubmissionResult } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { ConfirmAction } from "~/components/confirm-action";
import { CopyField } from "~/components/copy-field";
import { TextField, useActionForm, useValidatedForm, ValidatedForm } from "~/components/form";
import { EmailSchema } from "~/domain/account";
import type { MembershipRole } from "~/domain/organisation";

export const InviteSchema = z.object({ email: EmailSchema });
export type InviteReply = { reply: SubmissionResult<string[]>; link: string | null; invited: string | null };

export const MemberChangeSchema = z.object({
  change: z.enum(["makeAdmin", "makeMember", "remove"]),
  userId: z.string().uuid(),
});
export const WithdrawInvitationSchema = z.object({ invitationId: z.string().uuid() });

export type MemberChangeReply = { error: "validation.invalid" | "organisation.lastAdmin" };

const MEMBERS_ACTION = "/organisation/members";

export function InviteForm() {
  const { t } = useTranslation();
  const { fetcher, action, reply } = useActionForm<InviteReply>("/organisation/invitations");
  const [form, fields] = useValidatedForm({ id: "invite", schema: InviteSchema, lastResult: reply?.reply });
  return (
    <>
      <ValidatedForm form={form} fetcher={fetcher} action={action} className="form form--inline">
        <TextField field={fields.email} label={t("organisation.inviteEmail")} type="email" autoComplete="off" />
        <button type="submit" className="button button--primary" disabled={fetcher.state === "submitting"}>
          {t("organisation.inviteSubmit")}
        </button>
      </ValidatedForm>
      {reply?.link ? (
        <div className="notice" role="status">
          <p>{t("organisation.inviteCreated", { email: reply.invited })}</p>
          <CopyField id="invite-link" label={t("organisation.inviteLink")} value={reply.link} />
        </div>
      ) : null}
    </>
  );
}

/**
 * Making a member admin or member again, or removing them (after a question). The only admin
 * is offered neither: the server would refuse, so the page says why instead.
 */
export function MemberActions({
  member,
}: {
  member: { userId: string; name: string; role: MembershipRole; onlyAdmin: boolean };
}) {
  const { t } = useTranslation();
  const { fetcher, action } = useActionForm<MemberChangeReply>(MEMBERS_ACTION);
  if (member.onlyAdmin) return <p>{t("organisation.onlyAdmin")}</p>;
  return (
    <fetcher.Form method="post" action={action} className="inline-actions">
      <input type="hidden" name="userId" value={member.userId} />
      {member.role === "member" ? (
        <button type="submit" name="change" value="makeAdmin" className="button button--secondary">
          {t("organisation.makeAdmin", { name: member.name })}
        </button>
      ) : (
        <button type="submit" name="change" value="makeMember" className="button button--secondary">
          {t("organisation.makeMember", { name: member.name })}
        </button>
      )}
      <ConfirmAction
        label={t("organisation.remove", { name: member.name })}
        confirm={t("organisation.removeConfirm", { name: member.name })}
        consequence={t("organisation.removeConsequence", { name: member.name })}
        name="change"
        value="remove"
      />
    </fetcher.Form>
  );
}

export function MemberChangeError() {
  const { t } = useTranslation();
  const { reply } = useActionForm<MemberChangeReply>(MEMBERS_ACTION);
  return reply?.error ? (
    <p className="field-error" role="alert">
      {t(reply.error)}
    </p>
  ) : null;
}

/** Withdrawing an open invitation, after a question. */
export function WithdrawInvitation({ invitation }: { invitation: { id: string; email: string } }) {
  const { t } = useTranslation();
  const { fetcher, action } = useActionForm("/organisation/invitations/withdraw");
  return (
    <fetcher.Form method="post" action={action} className="inline-actions">
      <input type="hidden" name="invitationId" value={invitation.id} />
      <ConfirmAction
        label={t("organisation.withdrawInvitation", { email: invitation.email })}
        confirm={t("organisation.withdrawInvitationConfirm", { email: invitation.email })}
        consequence={t("organisation.withdrawInvitationConsequence")}
      />
    </fetcher.Form>
  );
}
