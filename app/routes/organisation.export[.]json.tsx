import type { LoaderFunctionArgs } from "@remix-run/node";
import { download } from "~/export.server";
import { requireConfirmedOrganisationAdmin } from "~/models/access.server";
import { exportOrganisation } from "~/models/organisation-data.server";

/** All of the organisation's data as one JSON file, for its admin. */
export async function loader({ request }: LoaderFunctionArgs) {
  const access = await requireConfirmedOrganisationAdmin(request);
  const data = await exportOrganisation({ organisationId: access.organisation.id });
  return download(
    JSON.stringify(data, null, 2),
    `weerbaar-organisation-${new Date().toISOString().slice(0, 10)}.json`,
    "application/json",
  );
}
