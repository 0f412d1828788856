import type { Translation } from "../translation";
import type nl from "../nl/report";

const report: Translation<typeof nl> = {
  title: "Report",
  provisional:
    "Provisional report: this self-assessment has not been submitted yet. The figures still change as answers change.",
  overallTitle: "Your organisation at a glance",
  overallTitle_shared: "The organisation at a glance",
  titleOf: "Report of {{organisation}}",
  meta: "{{questionnaire}}, version {{version}}",
  submittedOn: "Submitted on {{date}}",
  provisionalOn: "Provisional, as of {{date}}",
  levelMeaning: {
    low: "Low risk: the controls match the exposure. Keep them up and look again in a year.",
    medium: "Medium risk: there are weak spots criminal networks can use. Take up the first steps below this quarter.",
    high: "High risk: criminal networks can probably misuse the organisation. Take up the first steps below now.",
    critical:
      "Critical risk: essential controls are missing. Take up the first steps below at once and inform the board.",
    low_shared:
      "Low risk: the controls match the exposure. The organisation would do well to keep them up and look again in a year.",
    medium_shared:
      "Medium risk: there are weak spots criminal networks can use. The organisation would do well to take up the first steps below this quarter.",
    high_shared:
      "High risk: criminal networks can probably misuse the organisation. The organisation would do well to take up the first steps below now.",
    critical_shared:
      "Critical risk: essential controls are missing. The organisation would do well to take up the first steps below at once and inform its board.",
  },
  firstStepsTitle: "Start here",
  firstStepsTitle_shared: "First steps",
  firstStepsIntro: "The steps that remove the most risk for the effort they ask of an organisation of {{size}}.",
  firstStepsIntroNoSize: "The steps that remove the most risk for the effort they ask.",
  firstStepWhy: "Why: ‘{{question}}’ is not in order yet. This removes {{points}} risk points.",
  noFirstSteps: "No advice is left that lowers the risk.",
  themeAdvice_one: "{{count}} piece of advice for this theme",
  themeAdvice_other: "{{count}} pieces of advice for this theme",
  overallSentence: "Resilience {{resilience}} out of 100, risk {{risk}} out of 100:",
  exposureClass: {
    basic: "Your profile makes your organisation of little interest to criminal networks (basic exposure).",
    elevated: "Your profile gives an elevated exposure to criminal networks.",
    high: "Your profile gives a high exposure to criminal networks: more resilience is expected.",
    very_high: "Your profile gives a very high exposure to criminal networks: the bar for your controls is high.",
    basic_shared: "The profile makes the organisation of little interest to criminal networks (basic exposure).",
    elevated_shared: "The profile gives an elevated exposure to criminal networks.",
    high_shared: "The profile gives a high exposure to criminal networks: more resilience is expected.",
    very_high_shared: "The profile gives a very high exposure to criminal networks: the bar for the controls is high.",
  },
  highestRisks: "The three themes with the highest risk",
  nothingScored: "Nothing to calculate yet: answer questions first.",
  chartsTitle: "Per theme",
  appendix: "Appendix: the themes in detail, your position in the sector and what is still open",
  appendix_shared: "Appendix: the themes in detail, the position in the sector and what is still open",
  resilienceChart: "Resilience per theme (0–100)",
  riskChart: "Risk per theme (0–100)",
  themesCaption: "Exposure, resilience and risk per theme",
  theme: "Theme",
  exposure: "Exposure",
  resilience: "Resilience",
  risk: "Risk",
  level: "Level",
  levels: { low: "Low", medium: "Medium", high: "High", critical: "Critical" },
  notScored: "Not scored",
  notScoredExplained: "Not scored: no question in this theme applies or has been answered.",
  startHere: "Start here",
  startHere_shared: "First step",
  adviceGain: "Removes {{points}} risk points from {{theme}}",
  adviceGainTogether:
    "Together with {{questions}}, removes {{points}} risk points from {{theme}}: only together do these must-have controls lift the cap",
  effort: { low: "Low effort", medium: "Medium effort", high: "High effort" },
  impact: { quick_win: "quick win", high_impact: "high impact" },
  adviceSteps_one: "{{count}} step and the source",
  adviceSteps_other: "{{count}} steps and the source",
  source: "Source: {{source}}",
  gapsTitle: "Knowledge gaps",
  gapsIntro: "These questions were answered ‘Don't know’. They count as not in place until someone finds out.",
  themeSentence: "Exposure {{exposure}}, resilience {{resilience}}, risk {{risk}} out of 100:",
  capped: "This theme's resilience is capped because a must-have control is missing: {{questions}}",
  capLink: "What does the cap do?",
  naTitle: "Not applicable",
  naIntro:
    "These questions were answered ‘not applicable’ and do not count, with the reason given. Everyone who reads this report sees this list.",
  naCaption: "Answers ‘not applicable’ with their reason",
  naQuestion: "Question",
  naReason: "Reason",
  weaklyAnswered:
    "Weakly answered: more than half of this theme is ‘not applicable’. The theme does not count in benchmarks; if everything is ‘not applicable’, it counts as ‘not in place’.",
  howScored: "How does the score work?",
  why_one: "Why: the answer that costs the most points",
  why_other: "Why: the {{count}} answers that cost the most points",
  pointsLost_one: "costs {{points}} resilience point",
  pointsLost_other: "costs {{points}} resilience points",
  pointsLostTogether_one:
    "together with {{questions}}, costs {{points}} resilience point: only together do these must-have controls lift the cap",
  pointsLostTogether_other:
    "together with {{questions}}, costs {{points}} resilience points: only together do these must-have controls lift the cap",
  link: "View report",
  change: "Change since {{date}}",
  otherVersion:
    "The previous assessment was made with version {{version}} of the questionnaire, this one with version {{current}}. The questions differ, so compare by theme only.",
  riskChange: "risk {{change}}",
  noComparison: "—",
};

export default report;
