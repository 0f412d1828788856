import type { Translation } from "../translation";
import type nl from "../nl/common";

const common: Translation<typeof nl> = {
  choose: "Make a choice",
  save: "Save",
  cancel: "Cancel",
  areYouSure: "Are you sure?",
  copy: "Copy",
  copied: "Copied to the clipboard.",
  copyFailed: "Copying did not work: select the text and copy it yourself.",
  chartNote: "This chart needs JavaScript. The same figures are in the table below.",
  tableScrolls: "Scroll the table sideways for the columns that do not fit.",
  pageOf: "Page {{page}} of {{pages}}.",
  previousPage: "Previous page",
  nextPage: "Next page",
};

export default common;
