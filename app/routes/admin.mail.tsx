import { type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { DataTable } from "~/components/data-table";
import { dateFormat } from "~/dates";
import { requirePlatformAdmin } from "~/models/access.server";
import { listOutbox } from "~/models/mail.server";
import type { PageHandle } from "~/page-title";
import { config } from "~/server/config.server";

export const handle: PageHandle = { i18n: ["admin", "mail"], title: (t) => t("mail.admin.title") };

/** The outbox as the platform admin sees it; without a mail server, the held mails themselves. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  await requirePlatformAdmin(request, context);
  // A notice to every verified organisation pushes one person's mail off the newest hundred.
  const recipient = new URL(request.url).searchParams.get("recipient")?.trim().slice(0, 320) ?? "";
  const mails = await listOutbox({ recipient: recipient || undefined });
  return {
    recipient,
    mailServer: Boolean(config().smtpUrl),
    mails: mails.map((m) => ({
      ...m,
      createdAt: m.createdAt.toISOString(),
      sentAt: m.sentAt?.toISOString() ?? null,
      // Only a mail still to be tried has a next attempt worth showing.
      nextAttemptAt: m.status === "pending" && m.attempts > 0 ? m.nextAttemptAt.toISOString() : null,
    })),
  };
}

export default function MailOutbox() {
  const { t, i18n } = useTranslation();
  const { recipient, mailServer, mails } = useLoaderData<typeof loader>();
  const moment = dateFormat(i18n.language, { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/admin">{t("admin.title")}</Link>
      </p>
      <h1>{t("mail.admin.title")}</h1>
      <p className="lead">{t(mailServer ? "mail.admin.sending" : "mail.admin.held")}</p>
      <Form method="get" className="form filter-form" aria-label={t("mail.admin.filterTitle")}>
        <div className="field">
          <label htmlFor="mail-recipient">{t("mail.admin.recipientFilter")}</label>
          <input id="mail-recipient" name="recipient" type="search" defaultValue={recipient} />
        </div>
        <button type="submit" className="button button--secondary">
          {t("mail.admin.search")}
        </button>
      </Form>
      {mails.length === 0 ? (
        <p>{t(recipient ? "mail.admin.noneFor" : "mail.admin.none", { recipient })}</p>
      ) : (
        <DataTable
          caption={t("mail.admin.caption")}
          captionId="mail-caption"
          scrollLabel="mail-caption"
          rows={mails}
          rowKey={(m) => m.id}
          columns={[
            { header: t("mail.admin.createdAt"), cell: (m) => moment.format(new Date(m.createdAt)) },
            { header: t("mail.admin.recipient"), rowHeader: true, cell: (m) => m.recipient },
            { header: t("mail.admin.subject"), cell: (m) => m.subject },
            {
              header: t("mail.admin.status"),
              cell: (m) => (
                <>
                  {m.sentAt
                    ? `${t(`mail.admin.statuses.${m.status}`)}, ${moment.format(new Date(m.sentAt))}`
                    : t(`mail.admin.statuses.${m.status}`)}
                  {m.nextAttemptAt ? (
                    <>
                      <br />
                      {t("mail.admin.nextAttempt", { at: moment.format(new Date(m.nextAttemptAt)) })}
                    </>
                  ) : null}
                  {m.lastError ? (
                    <>
                      <br />
                      <span className="mail-error">{t("mail.admin.lastError", { error: m.lastError })}</span>
                    </>
                  ) : null}
                </>
              ),
            },
            { header: t("mail.admin.attempts"), numeric: true, cell: (m) => m.attempts },
            {
              header: t("mail.admin.message"),
              cell: (m) =>
                m.text ? (
                  <details>
                    <summary>{t("mail.admin.show")}</summary>
                    <pre className="mail-text">{m.text}</pre>
                  </details>
                ) : (
                  "—"
                ),
            },
          ]}
        />
      )}
    </div>
  );
}
