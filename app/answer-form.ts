import type { TFunction } from "i18next";
import { chosenOptions, NOTE_MAX_LENGTH, REASON_MAX_LENGTH, type AnswerValue, type AnyQuestion } from "./domain/assessment";

/**
 * How one question's answer travels in a form, the same for a whole page posted without
 * JavaScript and for a single answer saved automatically.
 */
export const answerField = (id: string) => `q.${id}`;
export const reasonField = (id: string) => `na.${id}`;
export const noteField = (id: string) => `note.${id}`;
export const revisionField = (id: string) => `rev.${id}`;
export const NOT_APPLICABLE = "__na";
export const DONT_KNOW = "__dk";

export type AnswerFieldError =
  | "assessment.errors.reasonRequired"
  | "assessment.errors.reasonTooLong"
  | "assessment.errors.noteTooLong"
  | "assessment.errors.notANumber"
  | "assessment.errors.invalid";

export type ReadAnswer =
  | { status: "empty" }
  | { status: "error"; error: AnswerFieldError }
  | { status: "answer"; value: AnswerValue; note: string | null; baseRevision: number };

/** Reads one question's fields from a posted form. Nothing chosen reads as empty. */
export function readAnswer(form: FormData, question: Pick<AnyQuestion, "id" | "kind">): ReadAnswer {
  const raw = form.getAll(answerField(question.id)).filter((v): v is string => typeof v === "string" && v !== "");
  const noteText = String(form.get(noteField(question.id)) ?? "").trim();
  const revision = Number(form.get(revisionField(question.id)) ?? 0);
  if (noteText.length > NOTE_MAX_LENGTH) return { status: "error", error: "assessment.errors.noteTooLong" };
  if (!Number.isInteger(revision) || revision < 0) return { status: "error", error: "assessment.errors.invalid" };
  if (raw.length === 0) return { status: "empty" };
  const note = noteText || null;
  const answer = (value: AnswerValue): ReadAnswer => ({ status: "answer", value, note, baseRevision: revision });

  if (raw.includes(NOT_APPLICABLE)) {
    const reason = String(form.get(reasonField(question.id)) ?? "").trim();
    if (!reason) return { status: "error", error: "assessment.errors.reasonRequired" };
    if (reason.length > REASON_MAX_LENGTH) return { status: "error", error: "assessment.errors.reasonTooLong" };
    return answer({ kind: "not_applicable", reason });
  }
  if (raw.includes(DONT_KNOW)) return answer({ kind: "dont_know" });
  if (question.kind === "number") {
    const value = Number(raw[0]?.replace(",", "."));
    return Number.isFinite(value) ? answer({ kind: "number", value }) : { status: "error", error: "assessment.errors.notANumber" };
  }
  if (question.kind === "multiple") return answer({ kind: "choices", options: raw.slice(0, 50) });
  if (raw.length !== 1) return { status: "error", error: "assessment.errors.invalid" };
  return answer({ kind: "choice", option: raw[0] as string });
}

/** An answer in words, with the option labels of the reader's language: pages and exports. */
export function describeAnswer(options: { id: string; label: string }[], value: AnswerValue, t: TFunction): string {
  switch (value.kind) {
    case "not_applicable":
      return t("assessment.notApplicableBecause", { reason: value.reason });
    case "dont_know":
      return t("assessment.dontKnow");
    case "number":
      return String(value.value);
    default:
      return chosenOptions(value)
        .map((id) => options.find((o) => o.id === id)?.label ?? id)
        .join(", ");
  }
}
