import type { LoaderFunctionArgs } from "@remix-run/node";
import { download } from "~/export.server";
import { requireSignedIn } from "~/models/access.server";
import { exportPerson } from "~/models/person-data.server";
import { requireRecentConfirmation } from "~/models/session.server";

/** Everything Weerbaar holds about the signed-in person, as one JSON file (their right of access). */
export async function loader({ request }: LoaderFunctionArgs) {
  const access = await requireSignedIn(request);
  await requireRecentConfirmation(request);
  const data = await exportPerson({ userId: access.user.id });
  return download(
    JSON.stringify(data, null, 2),
    `weerbaar-my-data-${new Date().toISOString().slice(0, 10)}.json`,
    "application/json",
  );
}
