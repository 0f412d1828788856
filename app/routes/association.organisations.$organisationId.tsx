import type { LoaderFunctionArgs } from "@remix-run/node";
import { loadMessages } from "~/i18n";
import { sharedReportLoader } from "~/views/shared-report.server";

await loadMessages([
  "actions",
  "assessment",
  "benchmark",
  "common",
  "countBands",
  "exports",
  "position",
  "report",
  "sectors",
  "shared",
  "sizeBands",
  "validation",
]);

export const loader = (args: LoaderFunctionArgs) => sharedReportLoader("association", args);

export { SharedReport as default, sharedReportHandle as handle } from "~/components/shared-report";
