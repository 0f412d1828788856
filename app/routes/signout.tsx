import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { signOutRedirect } from "~/models/session.server";

export async function action({ request }: ActionFunctionArgs) {
  return signOutRedirect(request);
}

// Signing out changes state, so only a POST does it; a visit just goes home.
export function loader() {
  return redirect("/");
}
