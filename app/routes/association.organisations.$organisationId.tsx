import type { LoaderFunctionArgs } from "@remix-run/node";
import { sharedReportLoader } from "~/shared-report.server";

export const loader = (args: LoaderFunctionArgs) => sharedReportLoader("association", args);

export { SharedReport as default } from "~/components/shared-report";
