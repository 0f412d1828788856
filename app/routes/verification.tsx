import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import { z } from "zod";
import type { PortRegion, Sector, SizeBand } from "~/domain/organisation";
import { parseForm, queryValues } from "~/forms";
import {
  organisationsToVerify,
  requireVerifier,
  VERIFICATION_QUEUE_LIMIT,
  VERIFIED_PAGE_SIZE,
  VerificationQuery,
  verifyOrganisation,
  withdrawVerification,
  type Verifier,
} from "~/models/verification.server";
import { notFound } from "~/responses.server";
import { dateFormat } from "~/dates";
import { Pager } from "~/components/pager";
import { ConfirmAction } from "~/components/confirm-action";
import { DataTable } from "~/components/data-table";
import type { PageHandle } from "~/page-title";

export const handle: PageHandle = {
  i18n: ["fields", "regions", "sectors", "sizeBands", "validation", "verification"],
  title: (t) => t("verification.title"),
};

const VerificationSchema = z.object({
  intent: z.enum(["verify", "withdraw"]),
  organisationId: z.string().uuid(),
});

export async function loader({ request, context }: LoaderFunctionArgs) {
  const access = await requireVerifier(request, context);
  const parsed = VerificationQuery.safeParse(queryValues(new URL(request.url)));
  // A search that does not parse lists everything and says so, rather than nothing.
  const query = parsed.success ? parsed.data : VerificationQuery.parse({});
  const { waiting, verified, counts } = await organisationsToVerify(access, query);
  return {
    platform: access.platformAdmin,
    home: access.associationIds.length > 0 ? ("association" as const) : ("admin" as const),
    invalidQuery: !parsed.success,
    query,
    counts,
    queueLimit: VERIFICATION_QUEUE_LIMIT,
    pages: Math.max(1, Math.ceil(counts.verified / VERIFIED_PAGE_SIZE)),
    waiting: waiting.map((o) => ({ ...o, createdAt: o.createdAt.toISOString() })),
    verified: verified.map((o) => ({
      ...o,
      createdAt: o.createdAt.toISOString(),
      verifiedAt: o.verifiedAt?.toISOString() ?? null,
    })),
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const access = await requireVerifier(request);
  const submission = parseForm(await request.formData(), VerificationSchema);
  if (submission.status !== "success") return data({ error: "validation.invalid" as const }, { status: 400 });
  const { intent, organisationId } = submission.value;
  const input = { access, organisationId, ip: context.clientAddress };
  const result = intent === "verify" ? await verifyOrganisation(input) : await withdrawVerification(input);
  if (!result.ok) {
    // Unknown or outside the person's sectors: no hint which.
    if (result.error === "not_found") throw notFound();
    return data({ error: `verification.errors.${result.error}` as const }, { status: 409 });
  }
  return { done: intent, name: result.name };
}

function verifierText(t: TFunction, verifier: { name: string | null; by: Verifier | null } | null): string {
  const name = verifier?.name ?? t("verification.removedAccount");
  if (!verifier?.by) return verifier ? t("verification.byFormerRole", { name }) : name;
  return verifier.by.via === "platform"
    ? t("verification.byPlatform", { name })
    : t("verification.byAssociation", { name, associations: verifier.by.associations.join(", ") });
}

/** Verifying is one click; withdrawing takes an organisation out of the benchmarks, so it asks first. */
function RowForm({
  intent,
  organisation,
}: {
  intent: "verify" | "withdraw";
  organisation: { id: string; name: string };
}) {
  const { t } = useTranslation();
  const { name } = organisation;
  return (
    <Form method="post">
      <input type="hidden" name="organisationId" value={organisation.id} />
      {intent === "verify" ? (
        <button type="submit" name="intent" value="verify" className="button button--primary">
          {t("verification.verify", { name })}
        </button>
      ) : (
        <ConfirmAction
          label={t("verification.withdraw", { name })}
          confirm={t("verification.withdrawConfirm", { name })}
          consequence={t("verification.withdrawConsequence", { name })}
          name="intent"
          value="withdraw"
        />
      )}
    </Form>
  );
}

interface OrganisationRow {
  id: string;
  name: string;
  kvkNumber: string | null;
  sector: Sector;
  sizeBand: SizeBand;
  region: PortRegion;
}

/** The organisations of one list: who they are, then the columns of that list. */
function OrganisationTable<Row extends OrganisationRow>({
  id,
  caption,
  rows,
  columns,
}: {
  id: string;
  caption: string;
  rows: Row[];
  columns: { header: string; cell: (row: Row) => ReactNode }[];
}) {
  const { t } = useTranslation();
  return (
    <DataTable
      caption={caption}
      captionId={`${id}-caption`}
      scrollLabel={`${id}-caption`}
      rows={rows}
      rowKey={(row) => row.id}
      columns={[
        { header: t("verification.organisation"), rowHeader: true, cell: (row) => row.name },
        { header: t("verification.kvkNumber"), cell: (row) => row.kvkNumber ?? t("verification.noKvk") },
        { header: t("fields.sector"), cell: (row) => t(`sectors.${row.sector}`) },
        { header: t("fields.sizeBand"), cell: (row) => t(`sizeBands.${row.sizeBand}`) },
        { header: t("fields.region"), cell: (row) => t(`regions.${row.region}`) },
        ...columns,
      ]}
    />
  );
}

export default function Verification() {
  const { t, i18n } = useTranslation();
  const { platform, home, invalidQuery, query, counts, queueLimit, pages, waiting, verified } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const date = dateFormat(i18n.language, { dateStyle: "medium" });
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to={`/${home}`}>{t(`nav.${home}`)}</Link>
      </p>
      <h1>{t("verification.title")}</h1>
      <p className="lead">{t("verification.intro")}</p>
      <p>{platform ? t("verification.scopePlatform") : t("verification.scopeAnalyst")}</p>
      {actionData && "done" in actionData ? (
        <p className="notice" role="status">
          {t(actionData.done === "verify" ? "verification.verified" : "verification.withdrawn", {
            name: actionData.name,
          })}
        </p>
      ) : null}
      {actionData && "error" in actionData ? (
        <p className="notice notice--warning" role="alert">
          {t(actionData.error)}
        </p>
      ) : null}
      {invalidQuery ? (
        <p className="notice notice--warning" role="status">
          {t("verification.invalidSearch")}
        </p>
      ) : null}
      <Form method="get" role="search" className="form form--inline" aria-label={t("verification.searchTitle")}>
        <div className="field">
          <label htmlFor="verification-search">{t("verification.searchLabel")}</label>
          <input id="verification-search" name="q" type="search" defaultValue={query.q ?? ""} maxLength={100} />
        </div>
        <button type="submit" className="button button--secondary">
          {t("verification.search")}
        </button>
      </Form>

      <section className="card" aria-labelledby="waiting-title">
        <h2 id="waiting-title">{t("verification.waitingTitle", { count: counts.waiting })}</h2>
        {counts.waiting > queueLimit ? <p>{t("verification.waitingLimited", { count: queueLimit })}</p> : null}
        {waiting.length === 0 ? (
          <p>{t("verification.noneWaiting")}</p>
        ) : (
          <OrganisationTable
            id="waiting"
            caption={t("verification.waitingCaption")}
            rows={waiting}
            columns={[
              { header: t("verification.registered"), cell: (o) => date.format(new Date(o.createdAt)) },
              {
                header: t("verification.action"),
                cell: (o) =>
                  !o.kvkNumber ? (
                    t("verification.needsKvk")
                  ) : !o.adminConfirmed ? (
                    t("verification.needsConfirmedAdmin")
                  ) : (
                    <RowForm intent="verify" organisation={o} />
                  ),
              },
            ]}
          />
        )}
      </section>

      <section className="card" aria-labelledby="verified-title">
        <h2 id="verified-title">{t("verification.verifiedTitle", { count: counts.verified })}</h2>
        {verified.length === 0 ? (
          <p>{t("verification.noneVerified")}</p>
        ) : (
          <OrganisationTable
            id="verified"
            caption={t("verification.verifiedCaption")}
            rows={verified}
            columns={[
              {
                header: t("verification.verifiedOn"),
                cell: (o) => (o.verifiedAt ? date.format(new Date(o.verifiedAt)) : "—"),
              },
              { header: t("verification.verifiedBy"), cell: (o) => verifierText(t, o.verifier) },
              {
                header: t("verification.action"),
                cell: (o) => <RowForm intent="withdraw" organisation={o} />,
              },
            ]}
          />
        )}
        <Pager label={t("verification.pages")} page={query.page} pages={pages} />
      </section>
    </div>
  );
}
