import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { parseForm } from "~/forms";
import { actorOf, requireAccess } from "~/models/access.server";
import { revokeApiToken } from "~/models/api-token.server";
import { notFound } from "~/responses.server";

const TokenRevokeSchema = z.object({ tokenId: z.string().uuid() });

export const loader = () => redirect("/settings");

export async function action({ request, context }: ActionFunctionArgs) {
  const access = await requireAccess(request);
  const submission = parseForm(await request.formData(), TokenRevokeSchema);
  if (submission.status !== "success") throw notFound();
  const done = await revokeApiToken(actorOf(access, context.clientAddress), submission.value.tokenId);
  if (!done) throw notFound();
  return redirect("/settings");
}
