import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { parseForm } from "~/forms";
import { LANGUAGES } from "~/i18n";
import { languageCookie } from "~/i18n.server";
import { getAccess } from "~/models/access.server";
import { setLanguage } from "~/models/account.server";
import { safeRedirectPath } from "~/safe-redirect";

const LanguageSchema = z.object({ language: z.enum(LANGUAGES) });

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const to = safeRedirectPath(form.get("redirectTo"), "/");
  const submission = parseForm(form, LanguageSchema);
  // An unknown language changes nothing: the page is shown again as it was.
  if (submission.status !== "success") return redirect(to);
  const access = await getAccess(request, context);
  if (access) await setLanguage(access.user.id, submission.value.language);
  return redirect(to, { headers: { "Set-Cookie": await languageCookie.serialize(submission.value.language) } });
}

export function loader() {
  return redirect("/");
}
