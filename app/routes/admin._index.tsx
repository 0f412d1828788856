import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { CheckboxGroup, SelectField, TextField, useValidatedForm, ValidatedForm } from "~/components/form";
import { EmailSchema, INVITATION_VALID_DAYS, PersonNameSchema } from "~/domain/account";
import { SECTORS } from "~/domain/organisation";
import { parseForm } from "~/forms";
import { config } from "~/config.server";
import { getLanguage } from "~/i18n.server";
import { actorOf, requirePlatformAdmin } from "~/models/access.server";
import { latestQuestionnaires } from "~/models/questionnaire.server";
import { recordAudit } from "~/models/audit.server";
import { computeRelease, latestReleaseHeader } from "~/models/benchmark.server";
import { createAssociation, listAssociations, listCustomsReviewers } from "~/models/association.server";
import { createInvitation, listOpenInvitations } from "~/models/invitation.server";
import { notFound } from "~/responses.server";
import { loadMessages } from "~/i18n";
import { dateFormat } from "~/dates";

await loadMessages(["admin", "assessments", "audit", "common", "fields", "organisation", "sectors", "validation"]);

const AssociationSchema = z.object({
  intent: z.literal("association"),
  associationName: z.string().trim().min(2).max(200),
  sectors: z.array(z.enum(SECTORS), { required_error: "validation.chooseSector" }).min(1, "validation.chooseSector"),
});
const AnalystSchema = z.object({
  intent: z.literal("analyst"),
  associationId: z.string().uuid("validation.choose"),
  name: PersonNameSchema,
  email: EmailSchema,
});
const ReviewerSchema = z.object({ intent: z.literal("reviewer"), name: PersonNameSchema, email: EmailSchema });
const ReleaseSchema = z.object({ intent: z.literal("release"), questionnaireId: z.string().min(1).max(64) });
const AdminSchema = z.discriminatedUnion("intent", [AssociationSchema, AnalystSchema, ReviewerSchema, ReleaseSchema]);

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requirePlatformAdmin(request, context);
  const [language, associations, reviewers, invitations, questionnaires] = await Promise.all([
    getLanguage(request),
    listAssociations(),
    listCustomsReviewers(),
    listOpenInvitations({ platform: true }),
    latestQuestionnaires(),
  ]);
  const releases = await Promise.all(
    questionnaires.map(async (q) => ({
      id: q.id,
      title: q.title[language],
      version: q.version,
      releasedAt: (await latestReleaseHeader({ questionnaireId: q.id }))?.createdAt.toISOString() ?? null,
    })),
  );
  return {
    releases,
    associations,
    reviewers: reviewers.map(({ name, email }) => ({ name, email })),
    invitations: invitations.map((i) => ({ ...i, expiresAt: i.expiresAt.toISOString() })),
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const access = await requirePlatformAdmin(request);
  const submission = parseForm(await request.formData(), AdminSchema);
  if (submission.status !== "success") {
    return data({ intent: submission.payload.intent, result: submission.reply() }, { status: 400 });
  }
  const value = submission.value;
  const actor = actorOf(access, context.clientAddress, "platform_admin");
  if (value.intent === "release") {
    if (!(await latestQuestionnaires()).some((q) => q.id === value.questionnaireId)) {
      throw notFound();
    }
    await computeRelease({ questionnaireId: value.questionnaireId, k: config().benchmarkK, createdBy: access.user.id });
    await recordAudit(actor, {
      action: "benchmark_release_created",
      objectType: "questionnaire",
      objectId: value.questionnaireId,
    });
    return { intent: value.intent, result: submission.reply() };
  }
  if (value.intent === "association") {
    await createAssociation(actor, { name: value.associationName, sectors: value.sectors });
    return { intent: value.intent, result: submission.reply({ resetForm: true }) };
  }
  const { token } = await createInvitation(actor, {
    role: value.intent === "analyst" ? "analyst" : "customs_reviewer",
    email: value.email,
    name: value.name,
    associationId: value.intent === "analyst" ? value.associationId : undefined,
  });
  return {
    intent: value.intent,
    result: submission.reply({ resetForm: true }),
    link: new URL(`/invitations/${token}`, request.url).href,
  };
}

function useIntentForm<Schema extends z.ZodTypeAny>(intent: "association" | "analyst" | "reviewer", schema: Schema) {
  const actionData = useActionData<typeof action>();
  return useValidatedForm({
    id: intent,
    schema,
    lastResult: actionData?.intent === intent ? actionData.result : undefined,
  });
}

function CreatedLink({ intent }: { intent: "analyst" | "reviewer" }) {
  const { t } = useTranslation();
  const actionData = useActionData<typeof action>();
  if (actionData?.intent !== intent || !("link" in actionData)) return null;
  return (
    <div className="notice" role="status">
      <p>{t("admin.linkCreated")}</p>
      <label htmlFor={`${intent}-link`}>{t("organisation.inviteLink")}</label>
      <input id={`${intent}-link`} readOnly value={actionData.link} className="invite-link" />
    </div>
  );
}

export default function AdminHome() {
  const { t, i18n } = useTranslation();
  const { associations, reviewers, invitations, releases } = useLoaderData<typeof loader>();
  const [associationForm, associationFields] = useIntentForm("association", AssociationSchema);
  const [analystForm, analystFields] = useIntentForm("analyst", AnalystSchema);
  const [reviewerForm, reviewerFields] = useIntentForm("reviewer", ReviewerSchema);
  const longDate = dateFormat(i18n.language, { dateStyle: "long" });
  const releaseDate = dateFormat(i18n.language, { dateStyle: "long", timeStyle: "medium" });

  return (
    <div className="page">
      <h1>{t("admin.title")}</h1>
      <p>
        <Link to="/admin/audit" className="button button--secondary">
          {t("audit.link")}
        </Link>{" "}
        <Link to="/verification" className="button button--secondary">
          {t("admin.verificationLink")}
        </Link>{" "}
        <Link to="/admin/people" className="button button--secondary">
          {t("admin.peopleLink")}
        </Link>
      </p>
      <section className="card" aria-labelledby="associations-title">
        <h2 id="associations-title">{t("admin.associationsTitle")}</h2>
        {associations.length === 0 ? <p>{t("admin.noAssociations")}</p> : null}
        <ul className="plain-list">
          {associations.map((a) => (
            <li key={a.id}>
              <strong>{a.name}</strong>: {a.sectors.map((s) => t(`sectors.${s}`)).join(", ")}.{" "}
              {a.analysts.length
                ? t("admin.analystsOf", { names: a.analysts.map((x) => x.name).join(", ") })
                : t("admin.noAnalysts")}
            </li>
          ))}
        </ul>
        <h3>{t("admin.newAssociation")}</h3>
        <ValidatedForm form={associationForm} className="form">
          <input type="hidden" name="intent" value="association" />
          <TextField field={associationFields.associationName} label={t("admin.associationName")} />
          <CheckboxGroup
            field={associationFields.sectors}
            legend={t("admin.associationSectors")}
            options={SECTORS.map((s) => ({ value: s, label: t(`sectors.${s}`) }))}
          />
          <button type="submit" className="button button--primary">
            {t("admin.createAssociation")}
          </button>
        </ValidatedForm>
      </section>

      <section className="card" aria-labelledby="analyst-title">
        <h2 id="analyst-title">{t("admin.analystTitle")}</h2>
        <p>{t("admin.accountIntro", { days: INVITATION_VALID_DAYS })}</p>
        <ValidatedForm form={analystForm} className="form">
          <input type="hidden" name="intent" value="analyst" />
          <SelectField
            field={analystFields.associationId}
            label={t("admin.association")}
            options={associations.map((a) => ({ value: a.id, label: a.name }))}
          />
          <TextField field={analystFields.name} label={t("fields.name")} />
          <TextField field={analystFields.email} label={t("fields.email")} type="email" autoComplete="off" />
          <button type="submit" className="button button--primary">
            {t("admin.createAccount")}
          </button>
        </ValidatedForm>
        <CreatedLink intent="analyst" />
      </section>

      <section className="card" aria-labelledby="reviewer-title">
        <h2 id="reviewer-title">{t("admin.reviewerTitle")}</h2>
        <ul className="plain-list">
          {reviewers.map((r) => (
            <li key={r.email}>
              {r.name} ({r.email})
            </li>
          ))}
        </ul>
        <ValidatedForm form={reviewerForm} className="form">
          <input type="hidden" name="intent" value="reviewer" />
          <TextField field={reviewerFields.name} label={t("fields.name")} />
          <TextField field={reviewerFields.email} label={t("fields.email")} type="email" autoComplete="off" />
          <button type="submit" className="button button--primary">
            {t("admin.createAccount")}
          </button>
        </ValidatedForm>
        <CreatedLink intent="reviewer" />
      </section>

      <section className="card" aria-labelledby="releases-title">
        <h2 id="releases-title">{t("admin.releasesTitle")}</h2>
        <p>{t("admin.releasesIntro")}</p>
        <table>
          <caption className="visually-hidden">{t("admin.releasesTitle")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("assessments.questionnaire")}</th>
              <th scope="col">{t("admin.publishedVersion")}</th>
              <th scope="col">{t("admin.lastRelease")}</th>
              <th scope="col">{t("organisation.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {releases.map((r) => (
              <tr key={r.id}>
                <td>{r.title}</td>
                <td>{r.version}</td>
                <td>{r.releasedAt ? releaseDate.format(new Date(r.releasedAt)) : "—"}</td>
                <td>
                  <Form method="post">
                    <input type="hidden" name="questionnaireId" value={r.id} />
                    <button type="submit" name="intent" value="release" className="button button--secondary">
                      {t("admin.makeRelease", { title: r.title })}
                    </button>
                  </Form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {invitations.length > 0 ? (
        <section className="card" aria-labelledby="open-title">
          <h2 id="open-title">{t("organisation.openInvitations")}</h2>
          <ul className="plain-list">
            {invitations.map((i) => (
              <li key={i.id}>
                {t(`admin.pending.${i.role === "analyst" ? "analyst" : "reviewer"}`, {
                  email: i.email,
                  association: i.associationName ?? "",
                  date: longDate.format(new Date(i.expiresAt)),
                })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
