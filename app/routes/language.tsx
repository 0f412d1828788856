import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { parseForm } from "~/forms";
import { LANGUAGES } from "~/i18n";
import { languageCookie } from "~/i18n.server";
import { safeRedirectPath } from "~/safe-redirect";

const LanguageSchema = z.object({ language: z.enum(LANGUAGES) });

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const to = safeRedirectPath(form.get("redirectTo"), "/");
  const submission = parseForm(form, LanguageSchema);
  // An unknown language changes nothing: the page is shown again as it was.
  if (submission.status !== "success") return redirect(to);
  return redirect(to, { headers: { "Set-Cookie": await languageCookie.serialize(submission.value.language) } });
}

export function loader() {
  return redirect("/");
}
