import type { LoaderFunctionArgs } from "@remix-run/node";
import { sharedReportLoader } from "~/views/shared-report.server";

export const loader = (args: LoaderFunctionArgs) => sharedReportLoader("association", args);

export { SharedReport as default, sharedReportHandle as handle } from "~/components/shared-report";
