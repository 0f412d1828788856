import type { Translation } from "../translation";
import type nl from "../nl/review";

const review: Translation<typeof nl> = {
  title: "Review and submit",
  unansweredTitle_one: "{{count}} question not answered yet",
  unansweredTitle_other: "{{count}} questions not answered yet",
  allAnswered: "All questions are answered.",
  submitExplanation:
    "Once submitted, the self-assessment is final and nobody can change it. If you do not know an answer, choose ‘Don't know’.",
  submit: "Submit self-assessment",
  confirm: "I have gone through the answers and understand that the self-assessment cannot be changed once submitted.",
  confirmRequired: "Tick the box to confirm you have gone through the answers.",
  unansweredIn_one: "{{section}}: {{count}} question open",
  unansweredIn_other: "{{section}}: {{count}} questions open",
  adminSubmits: "An admin of your organisation submits the self-assessment.",
  incomplete: "Answer all questions first; choose ‘Don't know’ if you do not know the answer.",
  alreadySubmitted: "This self-assessment was already submitted.",
  submittedNotice: "This self-assessment was submitted. The answers are below.",
  againTitle: "Assess again",
  againExplanation:
    "Start a new self-assessment with this one's answers already filled in. You only change what has changed.",
  again: "Start a new self-assessment from this one",
  answersTitle: "Answers by part",
  answersIn_one: "{{section}}: {{count}} answer",
  answersIn_other: "{{section}}: {{count}} answers",
  noAnswersIn: "{{section}}: no answers yet",
  whoAnswered: "Answers in {{section}} and who gave them",
  question: "Question",
  answer: "Answer",
  answeredBy: "Answered by",
  formerMember: "former member (account erased)",
};

export default review;
