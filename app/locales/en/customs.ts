import type { Translation } from "../translation";
import type nl from "../nl/customs";

const customs: Translation<typeof nl> = {
  title: "Customs",
  intro: "The risk picture across all sectors, and the reports organisations share with Customs.",
  toOrganisations: "Organisations sharing with Customs",
  highOrCritical: "High or critical (%)",
  rankingTitle: "Sectors by share of high or critical risk",
  rankingChart: "Share of organisations with a high or critical overall risk per sector (%, rounded to 5%)",
  rankingCaption: "Sectors ranked by the share of organisations at high or critical risk",
  rank: "Rank",
  csv: "Download {{table}} (CSV)",
  trendTitle: "Trend per half-year",
  trendChart: "Share at high or critical risk per sector and half-year (%)",
  trendCaption: "Share of organisations at high or critical risk per half-year and sector (%)",
  halfYear: "Half-year",
  organisationsTitle: "Organisations sharing with Customs",
  organisationsIntro: "Only organisations that share their report with Customs are listed. When you open a report you state a purpose; the organisation sees that view.",
  invalidFilter: "A filter was not valid; the whole list is shown.",
  filterTitle: "Filter organisations",
  allSectors: "All sectors",
  allRegions: "All regions",
  allLevels: "All levels",
  filter: "Filter",
  organisationCount_one: "{{count}} organisation.",
  organisationCount_other: "{{count}} organisations.",
  organisationsCaption: "Shared reports; select a column heading to sort",
  columns: {
    name: "Organisation",
    date: "Date of shared report",
    level: "Overall level",
  },
  rulesTitle: "The rules you work under",
  ruleAggregates: "Sector overviews only show groups of at least 5 organisations.",
  ruleConsent: "You open a single organisation's report only if that organisation shares it with Customs.",
  rulePurpose: "For every view you state a purpose, such as a case or inspection reference. Every view is recorded.",
};

export default customs;
