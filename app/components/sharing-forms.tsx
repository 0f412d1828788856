import type { SubmissionResult } from "@conform-to/react";
import { useActionData, useFetcher } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { ConfirmAction } from "~/components/confirm-action";
import {
  CheckboxField,
  ErrorMessages,
  SelectField,
  useActionForm,
  useValidatedForm,
  ValidatedForm,
} from "~/components/form";
import {
  CONSENT_RECIPIENTS,
  CONSENT_TERMS,
  DEFAULT_CONSENT_TERM,
  type ConsentRecipient,
  type ConsentTerm,
} from "~/domain/sharing";

export const GrantSchema = z.object({
  recipient: z.enum(CONSENT_RECIPIENTS),
  keepLatest: z.literal("on").optional(),
  term: z
    .string({ required_error: "validation.choose" })
    .transform(Number)
    .refine(
      (months): months is ConsentTerm => (CONSENT_TERMS as readonly number[]).includes(months),
      "validation.choose",
    ),
  confirm: z
    .string()
    .optional()
    .refine((value) => value === "on", "sharing.confirmRequired"),
});
export const RevokeSchema = z.object({ recipient: z.enum(CONSENT_RECIPIENTS) });

export type SharingReply = {
  recipient: ConsentRecipient;
  done: "granted" | "revoked" | null;
  reply: SubmissionResult<string[]> | null;
  // How sharing stands, for the form shown again after a refusal.
  current?: { keepLatest: boolean } | null;
};

// Granting and revoking for one recipient share a fetcher, so its card shows the latest outcome.
const fetcherKey = (recipient: ConsentRecipient) => `sharing-${recipient}`;

/**
 * Sharing with a recipient, or changing how; the boxes show the grant in force, if any, or else
 * how the last one was before its term ran out.
 */
export function GrantForm({
  recipient,
  current,
  previous = null,
}: {
  recipient: ConsentRecipient;
  current: { keepLatest: boolean } | null;
  previous?: { keepLatest: boolean } | null;
}) {
  const { t } = useTranslation();
  const { fetcher, action, reply } = useActionForm<SharingReply>("/organisation/sharing/grant", fetcherKey(recipient));
  const [form, fields] = useValidatedForm({
    id: `grant-${recipient}`,
    schema: GrantSchema,
    lastResult: reply?.reply,
    defaultValue: {
      term: String(DEFAULT_CONSENT_TERM),
      keepLatest: (current ?? previous)?.keepLatest ? "on" : undefined,
      ...(current ? { confirm: "on" } : {}),
    },
  });
  return (
    <ValidatedForm form={form} fetcher={fetcher} action={action} className="form">
      <input type="hidden" name="recipient" value={recipient} />
      <ErrorMessages id={form.errorId} errors={form.errors} />
      <CheckboxField field={fields.keepLatest} label={t("sharing.keepLatest")} />
      <SelectField
        field={fields.term}
        label={t("sharing.term")}
        description={current ? t("sharing.termRenews") : t("sharing.termExplained")}
        options={CONSENT_TERMS.map((months) => ({
          value: String(months),
          label: t("sharing.months", { count: months }),
        }))}
      />
      <CheckboxField field={fields.confirm} label={t(`sharing.${recipient}.confirm`)} />
      <button type="submit" className="button button--primary">
        {current ? t("sharing.update") : t(`sharing.${recipient}.grant`)}
      </button>
    </ValidatedForm>
  );
}

export function RevokeForm({ recipient }: { recipient: ConsentRecipient }) {
  const { t } = useTranslation();
  const { fetcher, action } = useActionForm<SharingReply>("/organisation/sharing/revoke", fetcherKey(recipient));
  return (
    <fetcher.Form method="post" action={action} className="form">
      <input type="hidden" name="recipient" value={recipient} />
      <ConfirmAction label={t(`sharing.${recipient}.revoke`)} confirm={t(`sharing.${recipient}.revokeConfirm`)} />
    </fetcher.Form>
  );
}

/** What the last grant or revocation for a recipient did, on the page it was sent from. */
export function SharingNotice({ recipient }: { recipient: ConsentRecipient }) {
  const { t } = useTranslation();
  const fetched = useFetcher<SharingReply>({ key: fetcherKey(recipient) }).data;
  const posted = useActionData<SharingReply>();
  const reply = fetched ?? (posted?.recipient === recipient ? posted : undefined);
  if (!reply?.done) return null;
  return (
    <p className="notice" role="status">
      {t(`sharing.${reply.recipient}.${reply.done}`)}
    </p>
  );
}
