import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { sectionAction, sectionLoader } from "~/views/section.server";
import { SectionPage } from "~/components/section-form";
import { PROFILE_SECTION } from "~/domain/assessment";
import type { PageHandle } from "~/page-title";

export const handle: PageHandle = {
  i18n: ["assessment"],
  title: (t, data: { section?: { title: string | null } } | null) => data?.section?.title ?? t("assessment.section"),
};

// The profile has its own route; a theme id that equals it would be a second way in.
const themeOf = (themeId: string | undefined) => (themeId && themeId !== PROFILE_SECTION ? themeId : "");

export const loader = (args: LoaderFunctionArgs) => sectionLoader(args, themeOf(args.params.themeId));
export const action = (args: ActionFunctionArgs) => sectionAction(args, themeOf(args.params.themeId));
export default SectionPage;
