import type { Translation } from "../translation";
import type nl from "../nl/position";

const position: Translation<typeof nl> = {
  title: "Your position in the sector",
  unverified:
    "The organisation is not verified yet. Only once an analyst of its sector association or the platform administrator has verified it does it count in benchmarks and is it compared with its sector.",
  none: "There is no published benchmark to compare you with yet: that takes at least 5 organisations.",
  comparedWithSector: "Compared with {{band}} organisations in your sector.",
  comparedWithAll:
    "Your sector has fewer than {{k}} participants so far, so you are compared with all organisations ({{band}}) that completed this self-assessment.",
  release: "Benchmark release of {{date}}.",
  chartFold: "Chart of the resilience beside the group",
  chart: "Your resilience per theme (0–100) beside the middle half and the median of the group",
  captionSector: "Your resilience against your sector (0–100)",
  captionAll: "Your resilience against all organisations (0–100)",
  middleHalf: "Middle half (p25–p75)",
  median: "Median",
  you: "Your organisation",
  yours: "Your resilience",
  title_shared: "Position in the sector",
  none_shared:
    "There is no published benchmark to compare the organisation with yet: that takes at least 5 organisations.",
  comparedWithSector_shared: "Compared with {{band}} organisations in the same sector.",
  comparedWithAll_shared:
    "The sector has fewer than {{k}} participants so far, so the comparison is with all organisations ({{band}}) that completed this self-assessment.",
  chart_shared: "The organisation's resilience per theme (0–100) beside the middle half and the median of the group",
  captionSector_shared: "The organisation's resilience against the sector (0–100)",
  captionAll_shared: "The organisation's resilience against all organisations (0–100)",
  you_shared: "This organisation",
  yours_shared: "The organisation's resilience",
  p25: "p25",
  p75: "p75",
  where: "Position",
  placement: {
    below: "Below the middle half",
    within: "Within the middle half",
    above: "Above the middle half",
  },
};

export default position;
