const language = {
  switchTo: { nl: "Nederlands", en: "English" },
};

export default language;
