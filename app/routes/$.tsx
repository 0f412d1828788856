import { GeneralErrorBoundary } from "~/components/error-boundary";
import { notFound } from "~/responses.server";
import type { PageHandle } from "~/page-title";

export const handle: PageHandle = { i18n: [], title: (t) => t("errors.notFound.title") };

// Any unknown path: a translated 404 page inside the site's layout.
export function loader() {
  throw notFound();
}

export default function NotFound() {
  return null;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
