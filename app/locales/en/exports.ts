import type { Translation } from "../translation";
import type nl from "../nl/exports";

const exports: Translation<typeof nl> = {
  title: "Downloads",
  csv: "Answers (CSV)",
  json: "Answers and scores (JSON)",
  print: "Print or save as PDF: use your browser's print function.",
  columns: {
    section: "Part",
    question: "Question id",
    text: "Question",
    answer: "Answer",
    note: "Note",
    answeredBy: "Answered by",
    updatedAt: "Last changed",
  },
};

export default exports;
