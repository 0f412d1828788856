import type { Translation } from "../translation";
import type nl from "../nl/scoring";

const scoring: Translation<typeof nl> = {
  title: "How the score works",
  intro:
    "After a self-assessment you get a risk from 0 to 100 for each theme, and a level: low, medium, high or critical. This page explains how that figure comes about, why a theme can be ‘high’ while the number sounds low, and which advice does the most good.",
  contents: "On this page",
  exposure: {
    title: "Exposure: how attractive a target are you?",
    why: "Not every organisation is equally interesting to criminal networks. A terminal that releases containers from high-risk countries is more attractive than a small haulier with regular customers and fixed routes. That is why every self-assessment starts with questions about your organisation: the profile.",
    perTheme:
      "Each theme has a base exposure. Some profile answers add to it (or take something off), for example ‘more than half of the cargo comes from high-risk countries’ on the container release theme. Some roles have a floor: a deep-sea terminal, for example, always stays highly exposed, whatever else the profile says. The result always lies between {{min}} and 1; the report shows it as a percentage. The higher the exposure, the more controls a theme needs to stay low.",
    class:
      "The average exposure over your themes sets your exposure class: basic, elevated, high or very high. The report names the class at the top; the boundaries are listed below with the thresholds of each questionnaire.",
  },
  resilience: {
    title: "Resilience: how many controls are in place?",
    intro: "For each theme you answer questions about controls. Each answer counts like this:",
    fully: "Fully in place counts as 1.",
    partly: "Partly counts as the score of that option, usually 0.5 (sometimes, for example, 0.33 or 0.67).",
    notInPlace: "Not in place counts as 0.",
    dontKnow:
      "‘Don't know’ counts as 0: a control nobody knows to be working does not protect. The report lists these questions separately as knowledge gaps, so you know what to find out.",
    notApplicable:
      "‘Not applicable’ takes a question out of the calculation: it counts neither for nor against you. Only choose it when the control really does not fit your organisation. A theme answered wholly ‘not applicable’ counts as ‘not in place’; one more than half ‘not applicable’ is marked weakly answered and left out of benchmarks. You then choose a reason from a short list (we do not carry out this activity, another party does it, we do not have this system or site, or another reason) and explain it. On a must-have it is possible only when your profile shows it does not fit, for example no seal checks for those who do not seal. The report shows every ‘not applicable’ with its reason.",
    weighted:
      "Some questions weigh more than others. A theme's resilience is the weighted share: the sum of weight × score, divided by the sum of the weights. That is a number between 0 and 1; the report shows it as a percentage.",
  },
  cap: {
    title: "Must-have controls and the cap",
    what: "Some controls matter so much that other controls cannot make up for a gap there: for example release codes still sent by e-mail, or access not revoked on the day someone leaves. These questions carry the label ‘Must-have’ (‘Essentieel’ in Dutch).",
    rule: "If a must-have control is at 0 (not in place or ‘don't know’), the theme's resilience is at most the questionnaire's cap, however good the rest is. That way a high average cannot hide a serious gap.",
    value: "{{questionnaire}}: cap {{cap}}",
    lift: "The cap only goes once no must-have control of the theme is at 0 any more. The report names the controls that cause the cap.",
  },
  risk: {
    title: "Risk: exposure times what is missing",
    formulaLabel: "The formula for each theme",
    formula: "risk = 100 × exposure × (1 − resilience)",
    explain:
      "Risk is a number from 0 to 100, with one decimal. It is high when your organisation is attractive and controls are missing. With the same controls, an organisation with little exposure comes out lower than one with a lot. A better answer never raises the risk; more exposure never lowers it.",
    notAGrade:
      "Risk is not a school mark and not a percentage ‘good’: 32 out of 100 is not ‘nearly there’. The level follows from the thresholds below.",
  },
  thresholds: {
    title: "Thresholds for each questionnaire",
    intro:
      "Each questionnaire sets the risk at which a level starts. A risk exactly on a threshold gets the higher level.",
    none: "No questionnaires have been published yet.",
    levelsCaption: "Risk levels: {{questionnaire}}",
    level: "Level",
    from: "Risk from",
    below: "Risk below",
    classesCaption: "Exposure classes: {{questionnaire}}",
    class: "Exposure class",
    exposureFrom: "Average exposure from",
    exposureBelow: "Average exposure below",
    cap: "Cap when a must-have control is at 0: {{cap}}",
  },
  classes: { basic: "Basic", elevated: "Elevated", high: "High", very_high: "Very high" },
  example: {
    title: "Worked example: why 33 out of 100 is ‘high’",
    intro:
      "A container terminal has an exposure of {{exposure}} on the container release theme: the base plus what its profile adds. Weighted, {{resilience}} of the controls are in place. We use the thresholds of ‘{{questionnaire}}’.",
    caption: "Worked example: exposure {{exposure}}, resilience {{resilience}}",
    step: "Step",
    value: "Result",
    exposure: "Exposure",
    resilience: "Resilience",
    risk: "Risk",
    level: "Level",
    riskValue: "100 × {{exposure}} × (1 − {{resilience}}) = {{risk}}",
    levelValue: "{{risk}} is at least {{from}} and below {{below}}",
    levelValueTop: "{{risk}} is {{from}} or more",
    levelValueBottom: "{{risk}} is below {{below}}",
    why: "33 out of 100 sounds low, but at this exposure it is a lot: for ‘low’ the risk must stay below {{medium}}, and for that the resilience must be above {{needed}}.",
    capIntro:
      "Now the same theme with {{controls}} controls of equal weight. {{inPlace}} are fully in place, but the must-have control ‘release codes not sent by e-mail’ is at 0.",
    capCaption: "Worked example with a must-have control at 0",
    share: "Weighted share",
    shareValue: "{{inPlace}} of {{controls}} = {{share}}",
    cap: "Cap",
    cappedValue: "the smaller of {{share}} and {{cap}} = {{resilience}}",
    capWhy:
      "Without the cap the risk would have been {{uncappedRisk}} ({{uncappedLevel}}). Putting that one must-have control in place brings this theme's risk down from {{risk}} to {{fixedRisk}}.",
  },
  overall: {
    title: "The overall figure",
    text: "Overall resilience and overall risk are weighted means over the themes you answered; some themes weigh more than others. The overall level follows from the same thresholds. The report puts the themes with the highest risk first.",
  },
  advice: {
    title: "Which advice first?",
    text: "Every answer below ‘fully’ comes with advice. The report orders the advice by the risk points it removes: how far the theme's risk drops if that answer became fully in place. A must-have control that lifts the cap often removes the most points. With equal gains, the advice that takes the least effort comes first. When several must-haves hold the cap together, only all of them lift it: the report then names them together, with the gain of fixing all.",
    why: "For each theme the report also shows which answers cost the most points, so you see why a theme scores high, not only what you can do.",
    library: "All advice, with steps and sources, in the advice library",
  },
};

export default scoring;
