import type { Translation } from "../translation";
import type nl from "../nl/assessment";

const assessment: Translation<typeof nl> = {
  profileTitle: "Your organisation's profile",
  progressOverall: "{{answered}} of {{total}} questions answered",
  progressSection: "this part {{answered}} of {{total}}",
  progressLabel: "Progress",
  sectionsNav: "Parts",
  sectionsCaption: "Parts of the self-assessment, progress and who fills them in",
  section: "Part",
  answered: "Answered",
  assignee: "Filled in by",
  assign: "Assign",
  assignLabel: "Who fills in {{theme}}?",
  nobody: "Nobody in particular",
  count: "{{answered}}/{{total}}",
  assignedToYou: "assigned to you",
  reviewLink: "Review and submit",
  critical: "Must-have",
  criticalNote:
    "Must-have: if this control is at 0, the resilience of the whole theme stays limited, however good the rest is.",
  criticalLink: "How the cap works",
  knownBy: "Usually known by: {{who}}",
  numberLabel: "Number {{unit}}",
  dontKnow: "Don't know",
  notApplicable: "Not applicable",
  notApplicableBecause: "Not applicable ({{ground}}): {{reason}}",
  groundLabel: "Why does this not apply?",
  grounds: {
    activity_not_performed: "We do not carry out this activity",
    done_by_another_party: "Another party does this under its own responsibility",
    no_such_asset: "We do not have this system, site or asset",
    other: "Another reason",
  },
  groundChoose: "Choose a reason",
  reasonLabel: "Explain: which part, and why",
  noteSummary: "Add a note",
  noteLabel: "Note (optional, at most {{max}} characters)",
  saving: "Saving…",
  unsavedCount_one: "One answer is not saved yet. Weerbaar keeps trying; do not close this page.",
  unsavedCount_other: "{{count}} answers are not saved yet. Weerbaar keeps trying; do not close this page.",
  signInElsewhere: "Sign in in a new tab",
  saved: "Saved",
  newerAnswer: "The newer answer is: {{answer}} (by {{who}}). Choose again to replace it.",
  readOnly: "This self-assessment was submitted and can no longer be changed.",
  pageSaved: "Your answers were saved.",
  pageErrors: "Not all answers were saved",
  pageErrorsIntro: "Please correct these answers; the others were saved.",
  save: "Save",
  saveAndNext: "Save and continue",
  saveAndReview: "Save and review",
  versionChanges: {
    title: "New in version {{version}} of the questionnaire",
    intro:
      "This assessment started with the answers of your assessment of {{date}}, made with version {{from}}. Answers to questions that stayed the same in version {{to}} were carried over; do check them.",
    waiting_one: "One question is new or changed and waits for your answer:",
    waiting_other: "{{count}} questions are new or changed and wait for your answer:",
    new: "new",
    changed: "changed",
    done: "All new and changed questions are answered.",
    compare:
      "The report compares with the previous assessment by theme only, because the questions differ between versions.",
  },
  errors: {
    offline:
      "Not saved yet: there is no connection. Weerbaar sends this answer again as soon as the connection is back; keep this page open.",
    unavailable:
      "Not saved yet: Weerbaar is temporarily unavailable. The answer is sent again by itself; keep this page open.",
    signedOut:
      "Not saved yet: your session has ended. Sign in again in another tab; this answer is then saved by itself.",
    groundRequired: "Choose why this question does not apply.",
    reasonRequired: "Explain briefly why this question does not apply.",
    reasonTooLong: "Keep the reason under 500 characters.",
    noteTooLong: "The note is too long: at most 2000 characters.",
    notANumber: "Enter a number.",
    invalid: "This answer is not valid. Choose one of the options.",
    stale: "Someone else answered this question in the meantime; your answer was not saved.",
    rejected: "This answer cannot be saved.",
  },
};

export default assessment;
