import type { Translation } from "../translation";
import type nl from "../nl/customs";

const customs: Translation<typeof nl> = {
  title: "Customs",
  intro: "The risk picture across all sectors, and the reports organisations share with Customs.",
  print: "Print as an overview",
  toOrganisations: "Organisations sharing with Customs",
  highOrCritical: "High or critical (%)",
  medianRisk: "Median risk",
  medianLevel: "Median level",
  tooFewForShares: "— (fewer than 20)",
  rankingTitle: "Sectors by median risk",
  rankingChart: "Median overall risk (0–100) per sector",
  rankingCaption:
    "Sectors ranked by median overall risk, with the share at high or critical risk where the sector is large enough",
  rank: "Rank",
  csv: "Download {{table}} (CSV)",
  trendTitle: "Trend per half-year",
  trendChart: "Median overall risk (0–100) per sector and half-year",
  trendCaption: "Median overall risk (0–100) per half-year and sector",
  sectorCode: "S{{number}}",
  halfYear: "Half-year",
  halfYearOf: { H1: "H1 {{year}}", H2: "H2 {{year}}" },
  organisationsTitle: "Organisations sharing with Customs",
  organisationsIntro:
    "Only organisations that share their report with Customs are listed. When you open a report you state a purpose; the organisation sees that view.",
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
