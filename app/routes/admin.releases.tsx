import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { config } from "~/server/config.server";
import { parseForm } from "~/forms";
import { actorOf, requirePlatformAdmin } from "~/models/access.server";
import { latestQuestionnaires } from "~/models/questionnaire.server";
import { computeRelease } from "~/models/benchmark.server";
import { notFound } from "~/responses.server";

const ReleaseSchema = z.object({ questionnaireId: z.string().min(1).max(64) });

export const loader = () => redirect("/admin");

export async function action({ request, context }: ActionFunctionArgs) {
  const access = await requirePlatformAdmin(request, context);
  const submission = parseForm(await request.formData(), ReleaseSchema);
  if (submission.status !== "success") throw notFound();
  const { questionnaireId } = submission.value;
  if (!(await latestQuestionnaires()).some((q) => q.id === questionnaireId)) throw notFound();
  await computeRelease({
    questionnaireId,
    k: config().benchmarkK,
    actor: actorOf(access, context.clientAddress, "platform_admin"),
  });
  return redirect("/admin");
}
