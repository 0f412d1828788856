import type { Translation } from "../translation";
import type nl from "../nl/library";

const library: Translation<typeof nl> = {
  title: "Advice library",
  intro:
    "All advice from the self-assessments, by theme, with concrete steps and a source. Free to use, also without an account: for organisations without their own security department.",
  searchLabel: "Search the advice",
  search: "Search",
  themeLabel: "Theme",
  allThemes: "All themes",
  found_one: "{{count}} advice item found for ‘{{query}}’.",
  found_other: "{{count}} advice items found for ‘{{query}}’.",
  nav: "Advice library",
};

export default library;
