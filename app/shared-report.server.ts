import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import type { Sector } from "./domain/organisation";
import { PurposeSchema } from "./domain/sharing";
import { parseForm } from "./forms";
import { getLanguage } from "./i18n.server";
import { requireAccess, type Access } from "./models/access.server";
import { getAssessment } from "./models/assessment.server";
import { listAssociations } from "./models/association.server";
import type { ConsentRecipient } from "./domain/sharing";
import { recordSharedView, sharingOrganisations } from "./models/consent.server";
import { reportPage } from "./report.server";
import { notFound } from "./responses.server";

/** The sectors an analyst's associations cover: the only organisations whose sharing they see. */
export async function coveredSectors(access: Access): Promise<Sector[]> {
  const associations = await listAssociations(access.associationIds);
  return [...new Set(associations.flatMap((a) => a.sectors))];
}

/**
 * The report an organisation shares with the reader, when it does: for Customs with consent
 * to Customs, for an analyst with consent to the association covering its sector. Anything
 * else, including a revoked consent, is the same 404 as an unknown organisation.
 */
export async function findSharedReport(access: Access, recipient: ConsentRecipient, organisationId: string | undefined) {
  const allowed = recipient === "customs" ? access.customsReviewer : access.associationIds.length > 0;
  if (!allowed || !organisationId || !z.string().uuid().safeParse(organisationId).success) return null;
  const sectors = recipient === "association" ? await coveredSectors(access) : undefined;
  const [shared] = await sharingOrganisations({ recipient, organisationId, sectors });
  return shared ?? null;
}

/**
 * The shared-report page: the organisation and, once a valid purpose is given, its report,
 * with one audit entry for that view.
 */
export async function sharedReportLoader(recipient: ConsentRecipient, { request, params, context }: LoaderFunctionArgs) {
  const access = await requireAccess(request);
  const shared = await findSharedReport(access, recipient, params.organisationId);
  if (!shared) throw notFound();
  const organisation = { id: shared.id, name: shared.name, sector: shared.sector, submittedAt: shared.submittedAt.toISOString() };
  const query = new URL(request.url).searchParams;
  if (!query.has("purpose")) return { organisation, submission: null, purpose: null, report: null };
  const submission = parseForm(query, PurposeSchema);
  if (submission.status !== "success") return { organisation, submission: submission.reply(), purpose: null, report: null };
  const purpose = submission.value.purpose;
  const assessment = await getAssessment({ organisationId: shared.id, assessmentId: shared.assessmentId });
  if (!assessment) throw notFound();
  await recordSharedView({
    userId: access.user.id,
    role: recipient === "customs" ? "customs_reviewer" : "association_analyst",
    organisationId: shared.id,
    assessmentId: assessment.id,
    purpose,
    ip: context.clientAddress,
    via: "page",
  });
  return { organisation, submission: null, purpose, report: await reportPage(assessment, shared.id, await getLanguage(request), { withPrevious: false }) };
}
