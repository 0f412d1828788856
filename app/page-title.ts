import type { TFunction } from "i18next";
import type { RouteHandle } from "./i18n";

// The root layout renders the title, so it also changes on a client-side navigation.
export interface PageHandle extends RouteHandle {
  // A method, so that a route may narrow `data` to its own loader's shape.
  title(t: TFunction, data: unknown): string;
}

export function isPageHandle(handle: unknown): handle is PageHandle {
  return typeof handle === "object" && handle !== null && typeof (handle as Partial<PageHandle>).title === "function";
}

export const documentTitle = (page: string | null) => (page ? `${page} · Weerbaar` : "Weerbaar");
