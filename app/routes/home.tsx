import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { homesOf, requireAccess } from "~/models/access.server";

/** Everyone signs in to /home and lands on the page of their first role. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const access = await requireAccess(request, context);
  const [home] = homesOf(access);
  // An account whose last role was removed has nowhere to go but the landing page.
  return redirect(home ? `/${home}` : "/");
}
