import type { LoaderFunctionArgs } from "@remix-run/node";
import { loadMessages } from "~/i18n";
import { sharedReportLoader } from "~/views/shared-report.server";
import type { PageHandle } from "~/page-title";

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

export const handle: PageHandle = {
  title: (t, data: { organisation?: { name: string } } | null) =>
    t("shared.openTitle", { organisation: data?.organisation?.name ?? "" }),
};

export const loader = (args: LoaderFunctionArgs) => sharedReportLoader("customs", args);

export { SharedReport as default } from "~/components/shared-report";
