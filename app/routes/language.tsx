import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { isLanguage } from "~/i18n";
import { languageCookie } from "~/i18n.server";
import { safeRedirectPath } from "~/safe-redirect";

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const language = form.get("language");
  const to = safeRedirectPath(form.get("redirectTo"), "/");
  if (!isLanguage(language)) return redirect(to);
  return redirect(to, { headers: { "Set-Cookie": await languageCookie.serialize(language) } });
}

export function loader() {
  return redirect("/");
}
