import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { PurposeSchema } from "../domain/sharing";
import { parseForm } from "../forms";
import { getLanguage } from "../i18n.server";
import { actorOf, requireAccess, type Access } from "../models/access.server";
import { getAssessment } from "../models/assessment.server";
import { recordRefusedRead } from "../models/audit.server";
import type { ConsentRecipient } from "../domain/sharing";
import { recordSharedView, sharingOrganisations } from "../models/consent.server";
import { reportPage } from "./report.server";
import { notFound } from "../responses.server";

/**
 * The report an organisation shares with the reader, when it does: for Customs with consent
 * to Customs, for an analyst with a consent that names one of the analyst's associations.
 * Anything else, including a revoked consent, is the same 404 as an unknown organisation.
 */
export async function findSharedReport(
  access: Access,
  recipient: ConsentRecipient,
  organisationId: string | undefined,
) {
  const allowed = recipient === "customs" ? access.customsReviewer : access.associationIds.length > 0;
  if (!allowed || !organisationId || !z.string().uuid().safeParse(organisationId).success) return null;
  const associationIds = recipient === "association" ? access.associationIds : undefined;
  const [shared] = await sharingOrganisations({ recipient, organisationId, associationIds });
  return shared ?? null;
}

/**
 * The shared-report page: the organisation and, once a valid purpose is given, its report,
 * with one audit entry for that view.
 */
export async function sharedReportLoader(
  recipient: ConsentRecipient,
  { request, params, context }: LoaderFunctionArgs,
) {
  const access = await requireAccess(request, context);
  const shared = await findSharedReport(access, recipient, params.organisationId);
  if (!shared) {
    await recordRefusedRead(actorOf(access, context.clientAddress), {
      type: "shared_report",
      id: params.organisationId,
    });
    throw notFound();
  }
  const organisation = {
    id: shared.id,
    name: shared.name,
    sector: shared.sector,
    submittedAt: shared.submittedAt.toISOString(),
  };
  const query = new URL(request.url).searchParams;
  if (!query.has("purpose")) return { organisation, submission: null, purpose: null, report: null };
  const submission = parseForm(query, PurposeSchema);
  if (submission.status !== "success")
    return { organisation, submission: submission.reply(), purpose: null, report: null };
  const purpose = submission.value.purpose;
  const assessment = await getAssessment({ organisationId: shared.id, assessmentId: shared.assessmentId });
  if (!assessment) throw notFound();
  const role = recipient === "customs" ? "customs_reviewer" : "association_analyst";
  await recordSharedView(
    { ...actorOf(access, context.clientAddress), role },
    {
      associationIds: access.associationIds,
      organisationId: shared.id,
      assessmentId: assessment.id,
      purpose,
      via: "page",
    },
  );
  return {
    organisation,
    submission: null,
    purpose,
    report: await reportPage(assessment, shared.id, await getLanguage(request), { withPrevious: false }),
  };
}
