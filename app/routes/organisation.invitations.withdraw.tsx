import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { WithdrawInvitationSchema } from "~/components/organisation-forms";
import { parseForm } from "~/forms";
import { organisationActor, requireOrganisationAdmin } from "~/models/access.server";
import { withdrawInvitation } from "~/models/invitation.server";
import { notFound } from "~/responses.server";

// Only posted to; a visit goes to the organisation page, where the invitations are.
export const loader = () => redirect("/organisation");

export async function action({ request, context }: ActionFunctionArgs) {
  const access = await requireOrganisationAdmin(request);
  const submission = parseForm(await request.formData(), WithdrawInvitationSchema);
  if (submission.status !== "success") throw notFound();
  const withdrawn = await withdrawInvitation(
    organisationActor(access, "org_admin", context.clientAddress),
    { organisationId: access.organisation.id },
    submission.value.invitationId,
  );
  // Used, expired or another organisation's: nothing here to withdraw.
  if (!withdrawn) throw notFound();
  return redirect("/organisation");
}
