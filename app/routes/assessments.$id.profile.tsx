import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { sectionAction, sectionLoader } from "~/views/section.server";
import { SectionPage } from "~/components/section-form";
import { PROFILE_SECTION } from "~/domain/assessment";
import type { PageHandle } from "~/page-title";

export const handle: PageHandle = { i18n: ["assessment"], title: (t) => t("assessment.profileTitle") };

export const loader = (args: LoaderFunctionArgs) => sectionLoader(args, PROFILE_SECTION);
export const action = (args: ActionFunctionArgs) => sectionAction(args, PROFILE_SECTION);
export default SectionPage;
