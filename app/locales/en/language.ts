import type { Translation } from "../translation";
import type nl from "../nl/language";

const language: Translation<typeof nl> = {
  switchTo: { nl: "Nederlands", en: "English" },
};

export default language;
