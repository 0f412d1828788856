import { z } from "zod";
import { PORT_REGIONS, SECTORS, type PortRegion, type SizeBand } from "./organisation";

// questionnaires/schema.json is generated from QuestionnaireSchema.

const requiredText = (language: string) =>
  z
    .string({ required_error: `missing ${language} translation` })
    .trim()
    .min(1, `empty ${language} translation`);

export const TextSchema = z
  .object({ nl: requiredText("Dutch"), en: requiredText("English") }, { required_error: "missing text" })
  .strict();
export type Text = z.output<typeof TextSchema>;

const IdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, "must be a short id of lower-case letters, digits and _")
  .max(48, "must be at most 48 characters");

const ScoreSchema = z.number().min(0, "must be between 0 and 1").max(1, "must be between 0 and 1");

export const ShowIfSchema = z
  .object({
    question: IdSchema.describe("A profile question or an earlier control question."),
    anyOf: z.array(IdSchema).min(1).describe("Shown when any of these options is chosen."),
  })
  .strict();
export type ShowIf = z.output<typeof ShowIfSchema>;

export const ProfileOptionSchema = z
  .object({
    id: IdSchema,
    label: TextSchema,
    exposure: z
      .record(IdSchema, z.number().min(-1).max(1))
      .optional()
      .describe("Added to the base exposure of these themes when the option is chosen."),
    exposureFloor: z
      .record(IdSchema, z.number().min(0.05).max(1))
      .optional()
      .describe("The least exposure of these themes when the option is chosen, whatever else is chosen."),
    exclusive: z.boolean().optional(),
  })
  .strict();

export const ProfileQuestionSchema = z
  .object({
    id: IdSchema,
    kind: z.enum(["single", "multiple", "yesno"]),
    text: TextSchema,
    help: TextSchema.optional(),
    source: z.string().min(1).optional(),
    options: z.array(ProfileOptionSchema).min(2, "needs at least two options"),
  })
  .strict();
export type ProfileQuestion = z.output<typeof ProfileQuestionSchema>;

export const OptionSchema = z
  .object({ id: IdSchema, label: TextSchema, score: ScoreSchema, exclusive: z.boolean().optional() })
  .strict();
export type Option = z.output<typeof OptionSchema>;

export const QUESTION_KINDS = ["single", "multiple", "yesno", "scale", "number"] as const;

export const ControlQuestionSchema = z
  .object({
    id: IdSchema,
    kind: z.enum(QUESTION_KINDS),
    weight: z.number().positive("must be more than 0"),
    critical: z.boolean().optional().describe("A must-have control: scoring 0 caps the theme's resilience."),
    text: TextSchema,
    help: TextSchema.optional(),
    knownBy: TextSchema.optional().describe("Who in an organisation usually knows the answer."),
    notApplicable: z.boolean().optional(),
    notApplicableIf: ShowIfSchema.optional().describe(
      "For a must-have control: the profile answer that makes it inapplicable. Without it a must-have never accepts 'not applicable'.",
    ),
    dontKnow: z.boolean().optional(),
    showIf: ShowIfSchema.optional(),
    advice: z.array(IdSchema).default([]),
    source: z.string().min(1).optional(),
    sources: z.array(z.string().min(1)).min(1).optional(),
    options: z.array(OptionSchema).optional(),
    number: z.object({ min: z.number(), max: z.number(), unit: TextSchema.optional() }).strict().optional(),
    scoreBands: z
      .array(z.object({ upTo: z.number(), score: ScoreSchema }).strict())
      .min(1)
      .optional(),
  })
  .strict()
  .superRefine((q, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: z.ZodIssueCode.custom, path, message });
    if (q.kind === "number") {
      if (!q.number) issue(["number"], "a number question needs number: { min, max }");
      if (!q.scoreBands) issue(["scoreBands"], "a number question needs scoreBands");
      if (q.number && q.number.min >= q.number.max) issue(["number", "max"], "must be more than min");
      q.scoreBands?.forEach((band, i, bands) => {
        const previous = bands[i - 1];
        if (previous && band.upTo <= previous.upTo)
          issue(["scoreBands", i, "upTo"], "must be higher than the band before");
      });
      const last = q.scoreBands?.at(-1);
      if (q.number && last && last.upTo !== q.number.max) {
        issue(["scoreBands", q.scoreBands!.length - 1, "upTo"], "the last band must end at number.max");
      }
      return;
    }
    if (!q.options || q.options.length < 2) {
      issue(["options"], "needs at least two options");
      return;
    }
    if (q.kind === "yesno") {
      const ids = q.options.map((o) => o.id).sort();
      if (ids.length !== 2 || ids[0] !== "no" || ids[1] !== "yes")
        issue(["options"], "a yes/no question has exactly the options yes and no");
    }
    if (!q.options.some((o) => o.score === 1)) issue(["options"], "needs an option that scores 1 (fully in place)");
    if (!q.options.some((o) => o.score === 0)) issue(["options"], "needs an option that scores 0 (absent)");
    if (!q.source && !q.sources) issue(["source"], "name the source the question draws on");
  });
export type ControlQuestion = z.output<typeof ControlQuestionSchema>;

export const ThemeSchema = z
  .object({
    id: IdSchema,
    weight: z.number().positive("must be more than 0"),
    baseExposure: z.number().min(0.05, "must be between 0.05 and 1").max(1, "must be between 0.05 and 1"),
    title: TextSchema,
    introduction: TextSchema,
    sectors: z.array(z.enum(SECTORS)).min(1).optional().describe("Shown only to organisations of these sectors."),
    showIf: ShowIfSchema.optional().describe(
      "Shown only when this profile answer holds (and the sector fits, if sectors are given).",
    ),
    questions: z.array(ControlQuestionSchema).min(1, "a theme needs at least one question"),
  })
  .strict();
export type Theme = z.output<typeof ThemeSchema>;

export const AdviceSchema = z
  .object({
    id: IdSchema,
    title: TextSchema,
    steps: z.array(TextSchema).min(1, "needs at least one step"),
    smallFirmSteps: z
      .array(TextSchema)
      .min(1)
      .optional()
      .describe("Steps shown instead of steps to organisations of fewer than 50 people."),
    effort: z.enum(["low", "medium", "high"]),
    impact: z.enum(["quick_win", "high_impact"]),
    source: z.string().min(1, "name the source"),
  })
  .strict();
export type Advice = z.output<typeof AdviceSchema>;

const ascending = (values: number[]) => values.every((v, i) => i === 0 || v > (values[i - 1] as number));

export const QuestionnaireSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, "must be a kebab-case id"),
    version: z.number().int("must be a whole number").min(1),
    sectors: z.array(z.enum(SECTORS)).min(1),
    title: TextSchema,
    introduction: TextSchema,
    criticalCap: z.number().min(0).max(1).describe("Resilience cap of a theme where a critical control scores 0."),
    thresholds: z
      .object({
        medium: z.number().min(0).max(100),
        high: z.number().min(0).max(100),
        critical: z.number().min(0).max(100),
      })
      .strict()
      .describe("Risk (0-100) at or above which a theme is medium, high or critical."),
    exposureClasses: z
      .object({
        elevated: z.number().min(0).max(1),
        high: z.number().min(0).max(1),
        veryHigh: z.number().min(0).max(1),
      })
      .strict()
      .describe("Mean exposure at or above which the overall class is elevated, high or very high."),
    reportingContacts: z
      .object(
        Object.fromEntries(PORT_REGIONS.map((r) => [r, TextSchema])) as Record<
          (typeof PORT_REGIONS)[number],
          typeof TextSchema
        >,
      )
      .strict()
      .optional()
      .describe(`Who to call, per port region; texts use it through ${"{{reportingContacts}}"}.`),
    profile: z.array(ProfileQuestionSchema).min(1, "needs at least one profile question"),
    themes: z.array(ThemeSchema).min(1, "needs at least one theme"),
    advice: z.array(AdviceSchema),
  })
  .strict()
  .superRefine((q, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: z.ZodIssueCode.custom, path, message });
    const { medium, high, critical } = q.thresholds;
    if (!ascending([medium, high, critical]))
      issue(["thresholds"], "must be in ascending order: medium < high < critical");
    const { elevated, high: highClass, veryHigh } = q.exposureClasses;
    if (!ascending([elevated, highClass, veryHigh])) {
      issue(["exposureClasses"], "must be in ascending order: elevated < high < veryHigh");
    }

    const themeIds = new Set<string>();
    q.themes.forEach((t, i) => {
      if (themeIds.has(t.id)) issue(["themes", i, "id"], `duplicate theme id "${t.id}"`);
      themeIds.add(t.id);
    });
    const adviceIds = new Set<string>();
    q.advice.forEach((a, i) => {
      if (adviceIds.has(a.id)) issue(["advice", i, "id"], `duplicate advice id "${a.id}"`);
      adviceIds.add(a.id);
    });

    // Questions seen so far, with their option ids: a showIf may only look back.
    const seen = new Map<string, Set<string>>();
    const checkOptions = (options: { id: string }[], path: (string | number)[]) => {
      const ids = new Set<string>();
      options.forEach((o, i) => {
        if (ids.has(o.id)) issue([...path, "options", i, "id"], `duplicate option id "${o.id}"`);
        ids.add(o.id);
      });
      return ids;
    };
    const addQuestion = (id: string, options: { id: string }[], path: (string | number)[]) => {
      if (seen.has(id)) issue([...path, "id"], `duplicate question id "${id}"`);
      seen.set(id, checkOptions(options, path));
    };
    const profileIds = new Set(q.profile.map((p) => p.id));
    const checkCondition = (condition: ShowIf | undefined, path: (string | number)[], profileOnly = false) => {
      if (!condition) return;
      const options = seen.get(condition.question);
      if (!options || (profileOnly && !profileIds.has(condition.question))) {
        issue(
          [...path, "question"],
          `unknown or later ${profileOnly ? "profile " : ""}question "${condition.question}"`,
        );
        return;
      }
      condition.anyOf.forEach((optionId, k) => {
        if (!options.has(optionId)) issue([...path, "anyOf", k], `unknown option "${optionId}"`);
      });
    };
    q.profile.forEach((p, i) => {
      addQuestion(p.id, p.options, ["profile", i]);
      p.options.forEach((o, j) =>
        (["exposure", "exposureFloor"] as const).forEach((key) =>
          Object.keys(o[key] ?? {}).forEach((themeId) => {
            if (!themeIds.has(themeId)) issue(["profile", i, "options", j, key, themeId], `unknown theme "${themeId}"`);
          }),
        ),
      );
    });
    const usedAdvice = new Set<string>();
    q.themes.forEach((t, i) => {
      checkCondition(t.showIf, ["themes", i, "showIf"], true);
      t.questions.forEach((question, j) => {
        const path = ["themes", i, "questions", j];
        checkCondition(question.showIf, [...path, "showIf"]);
        checkCondition(question.notApplicableIf, [...path, "notApplicableIf"], true);
        question.advice.forEach((adviceId, k) => {
          if (!adviceIds.has(adviceId)) issue([...path, "advice", k], `unknown advice "${adviceId}"`);
          usedAdvice.add(adviceId);
        });
        addQuestion(question.id, question.options ?? [], path);
      });
    });
    q.advice.forEach((a, i) => {
      if (!usedAdvice.has(a.id)) issue(["advice", i, "id"], `advice "${a.id}" is not triggered by any question`);
    });
  });
export type Questionnaire = z.output<typeof QuestionnaireSchema>;

export interface FormatProblem {
  path: string;
  message: string;
}

export function formatPath(path: (string | number)[]): string {
  return path.reduce<string>(
    (out, part) => (typeof part === "number" ? `${out}[${part}]` : out ? `${out}.${part}` : part),
    "",
  );
}

export function parseQuestionnaire(
  data: unknown,
): { ok: true; questionnaire: Questionnaire } | { ok: false; problems: FormatProblem[] } {
  const result = QuestionnaireSchema.safeParse(data);
  if (result.success) return { ok: true, questionnaire: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((i) => ({ path: formatPath(i.path) || "(file)", message: i.message })),
  };
}

export interface Reader {
  sizeBand: SizeBand;
  region: PortRegion;
}

const SMALL_FIRMS: readonly SizeBand[] = ["1-9", "10-49"];

export function adviceSteps(advice: Advice, reader: Reader | null): Text[] {
  return reader && SMALL_FIRMS.includes(reader.sizeBand) && advice.smallFirmSteps
    ? advice.smallFirmSteps
    : advice.steps;
}

const REPORTING_CONTACTS = /\{\{reportingContacts\}\}/g;

export function withReportingContacts(text: string, contacts: string): string {
  return text.replace(REPORTING_CONTACTS, contacts);
}
