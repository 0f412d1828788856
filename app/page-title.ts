import type { TFunction } from "i18next";
import type { RouteHandle } from "./i18n";

/**
 * What a page route declares in its `handle`: its message groups, and its title in the reader's
 * language, from its loader data where the title names something. The root layout renders it,
 * so the title also changes on a client-side navigation.
 */
export interface PageHandle extends RouteHandle {
  // A method, so that a route may narrow `data` to its own loader's shape.
  title(t: TFunction, data: unknown): string;
}

export function isPageHandle(handle: unknown): handle is PageHandle {
  return typeof handle === "object" && handle !== null && typeof (handle as Partial<PageHandle>).title === "function";
}

export const documentTitle = (page: string | null) => (page ? `${page} · Weerbaar` : "Weerbaar");
