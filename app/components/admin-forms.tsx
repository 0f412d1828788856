import type { SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import {
  CheckboxGroup,
  SelectField,
  TextField,
  useActionForm,
  useValidatedForm,
  ValidatedForm,
} from "~/components/form";
import { CopyField } from "~/components/copy-field";
import { EmailSchema, PersonNameSchema } from "~/domain/account";
import { SECTORS } from "~/domain/organisation";

export const AssociationSchema = z.object({
  associationName: z.string().trim().min(2).max(200),
  sectors: z.array(z.enum(SECTORS), { required_error: "validation.chooseSector" }).min(1, "validation.chooseSector"),
});

/** An analyst works for one association; a customs reviewer for none. */
export const InvitationSchema = z.discriminatedUnion("role", [
  z.object({
    role: z.literal("analyst"),
    associationId: z.string().uuid("validation.choose"),
    name: PersonNameSchema,
    email: EmailSchema,
  }),
  z.object({ role: z.literal("customs_reviewer"), name: PersonNameSchema, email: EmailSchema }),
]);

export type FormReply = { reply: SubmissionResult<string[]> };
export type InvitationReply = FormReply & { link: string | null };

export function AssociationForm() {
  const { t } = useTranslation();
  const { fetcher, action, reply } = useActionForm<FormReply>("/admin/associations");
  const [form, fields] = useValidatedForm({ id: "association", schema: AssociationSchema, lastResult: reply?.reply });
  return (
    <ValidatedForm form={form} fetcher={fetcher} action={action} className="form">
      <TextField field={fields.associationName} label={t("admin.associationName")} />
      <CheckboxGroup
        field={fields.sectors}
        legend={t("admin.associationSectors")}
        options={SECTORS.map((s) => ({ value: s, label: t(`sectors.${s}`) }))}
      />
      <button type="submit" className="button button--primary">
        {t("admin.createAssociation")}
      </button>
    </ValidatedForm>
  );
}

/**
 * An invitation for an analyst (of one of `associations`) or, without them, a customs
 * reviewer, and the link to pass on once it is made.
 */
export function InvitationForm({ associations }: { associations?: { id: string; name: string }[] }) {
  const { t } = useTranslation();
  const id = associations ? "analyst" : "reviewer";
  const { fetcher, action, reply } = useActionForm<InvitationReply>("/admin/invitations", id);
  const [form, fields] = useValidatedForm({ id, schema: InvitationSchema, lastResult: reply?.reply });
  return (
    <>
      <ValidatedForm form={form} fetcher={fetcher} action={action} className="form">
        <input type="hidden" name="role" value={associations ? "analyst" : "customs_reviewer"} />
        {associations ? (
          <SelectField
            field={fields.associationId}
            label={t("admin.association")}
            options={associations.map((a) => ({ value: a.id, label: a.name }))}
          />
        ) : null}
        <TextField field={fields.name} label={t(`admin.inviteeName.${id}`)} />
        <TextField field={fields.email} label={t("fields.email")} type="email" autoComplete="off" />
        <button type="submit" className="button button--primary">
          {t("admin.createAccount")}
        </button>
      </ValidatedForm>
      {reply?.link ? (
        <div className="notice" role="status">
          <p>{t("admin.linkCreated")}</p>
          <CopyField id={`${id}-link`} label={t("organisation.inviteLink")} value={reply.link} />
        </div>
      ) : null}
    </>
  );
}

export function ReleaseButton({ questionnaireId, title }: { questionnaireId: string; title: string }) {
  const { t } = useTranslation();
  return (
    <Form method="post" action="/admin/releases">
      <input type="hidden" name="questionnaireId" value={questionnaireId} />
      <button type="submit" className="button button--secondary">
        {t("admin.makeRelease", { title })}
      </button>
    </Form>
  );
}
