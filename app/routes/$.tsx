import { GeneralErrorBoundary } from "~/components/error-boundary";

// Any unknown path: a translated 404 page inside the site's layout.
export function loader() {
  throw new Response("Not Found", { status: 404 });
}

export default function NotFound() {
  return null;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
