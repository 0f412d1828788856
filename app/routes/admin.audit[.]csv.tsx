import type { LoaderFunctionArgs } from "@remix-run/node";
import { download, toCsv } from "~/export.server";
import { getFixedT } from "~/i18n.server";
import { queryValues } from "~/forms";
import { requirePlatformAdmin } from "~/models/access.server";
import { AuditQuery, searchAudit } from "~/models/audit.server";
import { apiJson } from "~/responses.server";
import { auditLabels } from "~/views/audit";

const COLUMNS = [
  "at",
  "actorEmail",
  "actorName",
  "actorRole",
  "organisation",
  "action",
  "objectType",
  "objectId",
  "success",
  "purpose",
  "ip",
  // Added last, so the columns before it stay where readers of the file expect them.
  "details",
] as const;

/** The audit entries of a filter as CSV for the platform admin, in their language. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requirePlatformAdmin(request);
  const query = AuditQuery.safeParse(queryValues(new URL(request.url)));
  if (!query.success) return apiJson({ error: "invalid filter" }, 400);
  const [{ rows }, { language, t }] = await Promise.all([searchAudit(query.data, { all: true }), getFixedT(request)]);
  const label = auditLabels(t);
  const body = rows.map((r) => [
    r.at,
    r.actorEmail,
    r.actorName,
    label.role(r.actorRole),
    r.organisation,
    label.action(r.action),
    label.objectType(r.objectType),
    r.objectId,
    t(r.success ? "audit.success" : "audit.failure"),
    r.purpose,
    r.ip,
    label.details(r.action, r.details),
  ]);
  const header = COLUMNS.map((key) => t(`audit.csvColumns.${key}`));
  return download(
    toCsv(language, header, body),
    `weerbaar-audit-${new Date().toISOString().slice(0, 10)}.csv`,
    "text/csv",
  );
}
