import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { formatDate } from "~/dates";
import { parseForm } from "~/forms";
import { actorOf, requirePlatformAdmin } from "~/models/access.server";
import { listOpenInvitations, withdrawInvitation } from "~/models/invitation.server";
import {
  deactivateAccount,
  listOrganisations,
  listPeople,
  PeopleQuery,
  reactivateAccount,
  removePlatformRole,
  resetSecondFactor,
} from "~/models/people.server";
import type { PageHandle } from "~/page-title";
import { ConfirmAction } from "~/components/confirm-action";
import { DataTable } from "~/components/data-table";
import { Pager } from "~/components/pager";

export const handle: PageHandle = {
  i18n: ["admin", "organisation", "sectors", "sizeBands", "validation"],
  title: (t) => t("admin.people.title"),
};

const PeopleSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("deactivate"), personId: z.string().uuid() }),
  z.object({ intent: z.literal("reactivate"), personId: z.string().uuid() }),
  z.object({
    intent: z.literal("removeRole"),
    personId: z.string().uuid(),
    role: z.enum(["customs_reviewer", "association_analyst", "platform_admin"]),
    associationId: z.string().uuid().optional(),
  }),
  z.object({ intent: z.literal("withdraw"), invitationId: z.string().uuid() }),
  z.object({
    intent: z.literal("resetSecondFactor"),
    personId: z.string().uuid(),
    // The admin's tick that the documented out-of-band check was done.
    checked: z.literal("on").optional(),
  }),
]);

/** The platform admin's view of who is on the platform, and where access is taken away. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const access = await requirePlatformAdmin(request, context);
  // Searched and paged in the database: a platform holds hundreds of people and organisations.
  const query = PeopleQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const [people, organisations, invitations] = await Promise.all([
    listPeople({ q: query.q, page: query.page }),
    listOrganisations({ q: query.q, page: query.organisationPage }),
    listOpenInvitations({ platform: true }),
  ]);
  const iso = (value: Date | null) => value?.toISOString() ?? null;
  return {
    me: access.user.id,
    q: query.q,
    people: {
      ...people,
      rows: people.rows.map((p) => ({ ...p, lastSignInAt: iso(p.lastSignInAt), deactivatedAt: iso(p.deactivatedAt) })),
    },
    organisations: {
      ...organisations,
      rows: organisations.rows.map((o) => ({
        ...o,
        verifiedAt: iso(o.verifiedAt),
        lastSubmittedAt: iso(o.lastSubmittedAt),
      })),
    },
    invitations: invitations.map((i) => ({ ...i, expiresAt: i.expiresAt.toISOString() })),
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const access = await requirePlatformAdmin(request);
  const submission = parseForm(await request.formData(), PeopleSchema);
  if (submission.status !== "success") return data({ error: "admin.people.errors.invalid" as const }, { status: 400 });
  const value = submission.value;
  const actor = actorOf(access, context.clientAddress, "platform_admin");
  if (value.intent === "resetSecondFactor" && !value.checked) {
    return data({ error: "admin.people.errors.unchecked" as const }, { status: 400 });
  }
  const refusal =
    value.intent === "resetSecondFactor"
      ? await resetSecondFactor(actor, value.personId)
      : value.intent === "deactivate"
        ? await deactivateAccount(actor, value.personId)
        : value.intent === "reactivate"
          ? await reactivateAccount(actor, value.personId)
          : value.intent === "removeRole"
            ? await removePlatformRole(actor, {
                personId: value.personId,
                role: value.role,
                associationId: value.associationId,
              })
            : (await withdrawInvitation(actor, { platform: true }, value.invitationId))
              ? null
              : ("not_found" as const);
  if (refusal)
    return data({ error: `admin.people.errors.${refusal}` as const }, { status: refusal === "not_found" ? 404 : 409 });
  return { done: `admin.people.done.${value.intent}` as const };
}

/** One action on a person or invitation; one that takes something away asks first. */
function Intent({
  fields,
  label,
  confirm,
}: {
  fields: Record<string, string>;
  label: string;
  confirm?: { label: string; consequence?: string; check?: string };
}) {
  const checkId = useId();
  return (
    <Form method="post" className="inline-actions">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {confirm ? (
        <ConfirmAction label={label} confirm={confirm.label} consequence={confirm.consequence}>
          {confirm.check ? (
            <div className="choice">
              <input type="checkbox" id={checkId} name="checked" required />
              <label htmlFor={checkId}>{confirm.check}</label>
            </div>
          ) : null}
        </ConfirmAction>
      ) : (
        <button type="submit" className="button button--secondary">
          {label}
        </button>
      )}
    </Form>
  );
}

export default function People() {
  const { t, i18n } = useTranslation();
  const { me, q, people, organisations, invitations } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const date = (value: string | null) => (value ? formatDate(value, i18n.language, "medium") : "—");
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/admin">{t("admin.title")}</Link>
      </p>
      <h1>{t("admin.people.title")}</h1>
      <p className="lead">{t("admin.people.intro")}</p>
      {actionData && "done" in actionData ? (
        <p className="notice" role="status">
          {t(actionData.done)}
        </p>
      ) : null}
      {actionData && "error" in actionData ? (
        <p className="field-error" role="alert">
          {t(actionData.error)}
        </p>
      ) : null}

      <Form method="get" role="search" className="form form--inline">
        <div className="field">
          <label htmlFor="people-search">{t("admin.people.searchLabel")}</label>
          <input id="people-search" type="search" name="q" defaultValue={q} maxLength={100} />
        </div>
        <button type="submit" className="button button--primary">
          {t("admin.people.search")}
        </button>
      </Form>

      <section className="card" aria-labelledby="people-title">
        <h2 id="people-title">{t("admin.people.peopleTitle", { count: people.total })}</h2>
        <DataTable
          caption={t("admin.people.peopleCaption")}
          captionHidden
          captionId="people-caption"
          scrollLabel="people-caption"
          rows={people.rows}
          rowKey={(p) => p.id}
          columns={[
            {
              header: t("admin.people.person"),
              rowHeader: true,
              cell: (p) => (
                <>
                  {p.name}
                  <br />
                  <span className="muted">{p.email}</span>
                </>
              ),
            },
            {
              header: t("admin.people.roles"),
              cell: (p) => (
                <ul className="plain-list">
                  {p.memberships.map((m) => (
                    <li key={m.organisation}>
                      {t(`admin.people.membership.${m.role}`, { organisation: m.organisation })}
                    </li>
                  ))}
                  {p.associations.map((a) => (
                    <li key={a.id}>
                      {t("admin.people.analystOf", { association: a.name })}{" "}
                      {p.id !== me ? (
                        <Intent
                          fields={{
                            intent: "removeRole",
                            personId: p.id,
                            role: "association_analyst",
                            associationId: a.id,
                          }}
                          label={t("admin.people.removeRole")}
                          confirm={{ label: t("admin.people.removeRoleConfirm") }}
                        />
                      ) : null}
                    </li>
                  ))}
                  {p.customsReviewer ? (
                    <li>
                      {t("admin.people.customsReviewer")}{" "}
                      <Intent
                        fields={{ intent: "removeRole", personId: p.id, role: "customs_reviewer" }}
                        label={t("admin.people.removeRole")}
                        confirm={{ label: t("admin.people.removeRoleConfirm") }}
                      />
                    </li>
                  ) : null}
                  {p.platformAdmin ? (
                    <li>
                      {t("admin.people.platformAdmin")}{" "}
                      {p.id !== me && !p.lastAdmin ? (
                        <Intent
                          fields={{ intent: "removeRole", personId: p.id, role: "platform_admin" }}
                          label={t("admin.people.removeRole")}
                          confirm={{ label: t("admin.people.removeRoleConfirm") }}
                        />
                      ) : null}
                    </li>
                  ) : null}
                </ul>
              ),
            },
            { header: t("admin.people.lastSignIn"), cell: (p) => date(p.lastSignInAt) },
            {
              header: t("admin.people.status"),
              cell: (p) => (
                <>
                  {p.deactivatedAt
                    ? t("admin.people.deactivatedOn", { date: date(p.deactivatedAt) })
                    : t("admin.people.active")}
                  {p.secondFactor ? ` · ${t("admin.people.secondFactor")}` : null}
                  {p.secondFactor && p.id !== me ? (
                    <Intent
                      fields={{ intent: "resetSecondFactor", personId: p.id }}
                      label={t("admin.people.resetSecondFactor", { name: p.name })}
                      confirm={{
                        label: t("admin.people.resetSecondFactorConfirm", { name: p.name }),
                        consequence: t("admin.people.resetSecondFactorConsequence", { name: p.name }),
                        check: t("admin.people.resetSecondFactorCheck", { name: p.name }),
                      }}
                    />
                  ) : null}
                </>
              ),
            },
            {
              header: t("admin.people.actions"),
              cell: (p) =>
                p.id === me ? (
                  <p>{t("admin.people.ownAccount")}</p>
                ) : p.lastAdmin ? (
                  <p>{t("admin.people.lastAdmin")}</p>
                ) : p.deactivatedAt ? (
                  <Intent
                    fields={{ intent: "reactivate", personId: p.id }}
                    label={t("admin.people.reactivate", { name: p.name })}
                  />
                ) : (
                  <Intent
                    fields={{ intent: "deactivate", personId: p.id }}
                    label={t("admin.people.deactivate", { name: p.name })}
                    confirm={{
                      label: t("admin.people.deactivateConfirm", { name: p.name }),
                      consequence: t("admin.people.deactivateConsequence", { name: p.name }),
                    }}
                  />
                ),
            },
          ]}
        />
        <Pager label={t("admin.people.peoplePages")} page={people.page} pages={people.pages} />
      </section>

      <section className="card" aria-labelledby="invitations-title">
        <h2 id="invitations-title">{t("organisation.openInvitations")}</h2>
        {invitations.length === 0 ? (
          <p>{t("admin.people.noInvitations")}</p>
        ) : (
          <ul className="plain-list">
            {invitations.map((i) => (
              <li key={i.id}>
                {t(`admin.pending.${i.role === "analyst" ? "analyst" : "reviewer"}`, {
                  email: i.email,
                  association: i.associationName ?? "",
                  date: date(i.expiresAt),
                })}{" "}
                <Intent
                  fields={{ intent: "withdraw", invitationId: i.id }}
                  label={t("admin.people.withdraw", { email: i.email })}
                  confirm={{ label: t("admin.people.withdrawConfirm", { email: i.email }) }}
                />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="card" aria-labelledby="organisations-title">
        <h2 id="organisations-title">{t("admin.people.organisationsTitle", { count: organisations.total })}</h2>
        <DataTable
          caption={t("admin.people.organisationsCaption")}
          captionHidden
          captionId="organisations-caption"
          scrollLabel="organisations-caption"
          rows={organisations.rows}
          rowKey={(o) => o.id}
          columns={[
            { header: t("admin.people.organisation"), rowHeader: true, cell: (o) => o.name },
            { header: t("admin.people.sector"), cell: (o) => t(`sectors.${o.sector}`) },
            { header: t("admin.people.size"), cell: (o) => t(`sizeBands.${o.sizeBand}`) },
            { header: t("admin.people.members"), cell: (o) => o.members },
            {
              header: t("admin.people.verified"),
              cell: (o) => (o.verifiedAt ? date(o.verifiedAt) : t("admin.people.notVerified")),
            },
            { header: t("admin.people.lastSubmitted"), cell: (o) => date(o.lastSubmittedAt) },
          ]}
        />
        <Pager
          label={t("admin.people.organisationPages")}
          page={organisations.page}
          pages={organisations.pages}
          param="organisationPage"
        />
      </section>
    </div>
  );
}
