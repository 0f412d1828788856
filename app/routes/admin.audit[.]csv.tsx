import type { LoaderFunctionArgs } from "@remix-run/node";
import { download, toCsv } from "~/export.server";
import { queryValues } from "~/forms";
import { requirePlatformAdmin } from "~/models/access.server";
import { AuditQuery, searchAudit } from "~/models/audit.server";
import { apiJson } from "~/responses.server";

/** The audit entries of a filter as CSV, for the platform admin; column names stay in English for tooling. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requirePlatformAdmin(request);
  const query = AuditQuery.safeParse(queryValues(new URL(request.url)));
  if (!query.success) return apiJson({ error: "invalid filter" }, 400);
  const { rows } = await searchAudit(query.data, { all: true });
  const header = [
    "at",
    "actor_email",
    "actor_name",
    "actor_role",
    "organisation",
    "action",
    "object_type",
    "object_id",
    "success",
    "purpose",
    "ip",
  ];
  const body = rows.map((r) => [
    r.at.toISOString(),
    r.actorEmail ?? "",
    r.actorName ?? "",
    r.actorRole ?? "",
    r.organisation ?? "",
    r.action,
    r.objectType ?? "",
    r.objectId ?? "",
    String(r.success),
    r.purpose ?? "",
    r.ip ?? "",
  ]);
  return download(toCsv(header, body), `weerbaar-audit-${new Date().toISOString().slice(0, 10)}.csv`, "text/csv");
}
