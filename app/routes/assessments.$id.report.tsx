import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireAssessment } from "~/views/section.server";
import { REPORT_MESSAGES, ReportBody } from "~/components/report";
import { getLanguage } from "~/i18n.server";
import { reportPage } from "~/views/report.server";
import type { PageHandle } from "~/page-title";

export const handle: PageHandle = {
  i18n: [...REPORT_MESSAGES],
  title: (t) => t("report.title"),
};

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { access, assessment } = await requireAssessment(request, params.id, context);
  return reportPage(assessment, access.organisation.id, await getLanguage(request));
}

export default function Report() {
  return <ReportBody {...useLoaderData<typeof loader>()} />;
}
