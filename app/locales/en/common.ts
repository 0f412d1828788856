import type { Translation } from "../translation";
import type nl from "../nl/common";

const common: Translation<typeof nl> = {
  choose: "Make a choice",
  save: "Save",
  cancel: "Cancel",
};

export default common;
