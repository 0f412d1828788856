import type { Translation } from "../translation";
import type nl from "../nl/validation";

const validation: Translation<typeof nl> = {
  required: "Fill in this field.",
  invalid: "This value is not valid.",
  choose: "Choose an option.",
  chooseSector: "Choose at least one sector.",
  email: "Enter a valid e-mail address, such as name@company.com.",
  tooShort_one: "Use at least {{count}} character.",
  tooShort_other: "Use at least {{count}} characters.",
  tooLong_one: "Use at most {{count}} character.",
  tooLong_other: "Use at most {{count}} characters.",
  kvk: "A KvK number has 8 digits.",
  date: "Enter a valid date.",
  passwordCommon:
    "This password is too easy to guess: it is a commonly used password, a common word followed by digits, or your e-mail address. Choose another, for example a sentence of a few words.",
};

export default validation;
