import type { Translation } from "../translation";
import type nl from "../nl/benchmark";

const benchmark: Translation<typeof nl> = {
  title: "Benchmark: {{questionnaire}}",
  release:
    "Release of {{date}}. Only groups of at least {{k}} verified organisations are shown, as rounded quartiles and in bands; never a single organisation. A group's figures are computed anew only once at least {{k}} organisations have joined, left or submitted again.",
  unverifiedTitle: "Benchmark not yet available",
  unverified:
    "Your organisation is not verified yet. Only once an analyst of your sector's association or the platform administrator has confirmed that your organisation is who it says it is (by its KvK number) does it count in benchmarks and can you read your sector's benchmarks. This way nobody can work out other organisations' figures with made-up organisations. Everything else works as usual.",
  unverifiedLink: "Your organisation's verification status",
  noRelease: "No benchmark release has been made yet.",
  medianRiskTitle: "Median risk per sector and theme",
  medianRiskCaption: "Median risk (0–100) with level, per sector and theme",
  group: "Group",
  all: "All organisations",
  link: "Benchmark {{questionnaire}}",
  sectorSize: "{{sector}}, {{sizeBand}}",
  print: "Print as a sector report",
  csv: "Download the published figures (CSV)",
  shareNote: "The printed report and the CSV hold published groups only: you can share them with your members.",
  printNote:
    "On paper each theme shows its charts, and the quartiles per group and theme follow at the end. The other figures, such as the shares per risk level and the trend across releases, are in the tables on the benchmark page in Weerbaar; this release's also in the CSV.",
  participationTitle: "Participation",
  participationIntro:
    "Verified organisations with a submitted self-assessment in the 24 months before this release, per sector, in bands.",
  participationCaption: "Organisations with a submitted self-assessment per sector",
  themeCode: "T{{number}}",
  themesNav: "By theme",
  unfoldTheme: "Show charts and tables",
  foldTheme: "Hide charts and tables",
  middleHalf: "Middle half (p25–p75)",
  median: "Median",
  quantilesTitle: "Spread",
  quantilesChart: "Resilience (0–100): middle half of the organisations and median, per group",
  quantilesCaption: "{{theme}}: quartiles of resilience and risk (0–100) per group",
  quantile: "{{measure}} {{quantile}}",
  showTable: "Table of the figures",
  smallGroups: "Groups of fewer than {{k}} organisations",
  quantiles: {
    p25: "p25",
    median: "median",
    p75: "p75",
  },
  levelsTitle: "Distribution over risk levels",
  levelsChart:
    "Share of organisations per risk level (%), per group of at least 20; rounded to 10% (20–49 organisations) or 5% (50 or more), so the sum can differ from 100%",
  levelsTooFew: "Fewer than 20 organisations: only the level of the median,",
  levelsCaption: "{{theme}}: share of organisations per risk level (%) per group",
  quartilesByThemeTitle: "Quartiles per group and theme",
  quartilesByThemeIntro:
    "For each theme the median of every published group, size bands included, with the middle half of the organisations (p25–p75) in brackets, on a scale of 0 to 100.",
  quartilesByThemeCaption: "{{measure}} (0–100) per group and theme: median (p25–p75)",
  quartilesCell: "{{median}} ({{p25}}–{{p75}})",
  trendTitle: "Trend across releases",
  trendChart: "Median risk (0–100) per release and group",
  trendCaption: "{{theme}}: median risk (0–100) per release and group",
  releaseColumn: "Release",
  csvColumns: {
    group: "Group",
    organisations: "Organisations",
    theme: "Theme",
    resilienceP25: "Resilience p25",
    resilienceMedian: "Resilience median",
    resilienceP75: "Resilience p75",
    riskP25: "Risk p25",
    riskMedian: "Risk median",
    riskP75: "Risk p75",
    medianLevel: "Median level",
    low: "Low (%)",
    medium: "Medium (%)",
    high: "High (%)",
    critical: "Critical (%)",
  },
};

export default benchmark;
