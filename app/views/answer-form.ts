import type { TFunction } from "i18next";
import {
  chosenOptions,
  NOT_APPLICABLE_GROUNDS,
  NOTE_MAX_LENGTH,
  REASON_MAX_LENGTH,
  type AnswerValue,
  type AnyQuestion,
  type NotApplicableGround,
} from "../domain/assessment";

/**
 * How one question's answer travels in a form, the same for a whole page posted without
 * JavaScript and for a single answer saved automatically.
 */
export const answerField = (id: string) => `q.${id}`;
export const reasonField = (id: string) => `na.${id}`;
export const groundField = (id: string) => `nag.${id}`;
export const noteField = (id: string) => `note.${id}`;
export const revisionField = (id: string) => `rev.${id}`;
export const NOT_APPLICABLE = "__na";
export const DONT_KNOW = "__dk";

export type AnswerFieldError =
  | "assessment.errors.groundRequired"
  | "assessment.errors.reasonRequired"
  | "assessment.errors.reasonTooLong"
  | "assessment.errors.noteTooLong"
  | "assessment.errors.notANumber"
  | "assessment.errors.invalid";

/** The field a refused answer's message belongs to, where the person puts it right. */
export function invalidField(error: string): "answer" | "ground" | "reason" | "note" | null {
  switch (error) {
    case "assessment.errors.groundRequired":
      return "ground";
    case "assessment.errors.reasonRequired":
    case "assessment.errors.reasonTooLong":
      return "reason";
    case "assessment.errors.noteTooLong":
      return "note";
    case "assessment.errors.notANumber":
    case "assessment.errors.invalid":
    case "assessment.errors.stale":
    case "assessment.errors.rejected":
      return "answer";
    default:
      // Not saved for a reason outside the answer (offline, signed out): nothing to correct.
      return null;
  }
}

export type ReadAnswer =
  | { status: "empty" }
  | { status: "error"; error: AnswerFieldError }
  | { status: "answer"; value: AnswerValue; note: string | null; baseRevision: number };

const isGround = (value: string): value is NotApplicableGround =>
  (NOT_APPLICABLE_GROUNDS as readonly string[]).includes(value);

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
    const ground = String(form.get(groundField(question.id)) ?? "");
    const reason = String(form.get(reasonField(question.id)) ?? "").trim();
    if (!isGround(ground)) return { status: "error", error: "assessment.errors.groundRequired" };
    if (!reason) return { status: "error", error: "assessment.errors.reasonRequired" };
    if (reason.length > REASON_MAX_LENGTH) return { status: "error", error: "assessment.errors.reasonTooLong" };
    return answer({ kind: "not_applicable", ground, reason });
  }
  if (raw.includes(DONT_KNOW)) return answer({ kind: "dont_know" });
  if (question.kind === "number") {
    const value = Number(raw[0]?.replace(",", "."));
    return Number.isFinite(value)
      ? answer({ kind: "number", value })
      : { status: "error", error: "assessment.errors.notANumber" };
  }
  if (question.kind === "multiple") return answer({ kind: "choices", options: raw.slice(0, 50) });
  if (raw.length !== 1) return { status: "error", error: "assessment.errors.invalid" };
  return answer({ kind: "choice", option: raw[0] as string });
}

/**
 * What was typed for a question that was not saved, so the page shown with the errors keeps it
 * (without JavaScript the browser keeps nothing): a "not applicable" with the ground and reason
 * so far, and the note, also of a question not answered yet. Null where there is nothing to keep.
 */
export function typedAnswer(
  form: FormData,
  question: Pick<AnyQuestion, "id">,
): { value: AnswerValue | null; note: string | null } | null {
  const note = String(form.get(noteField(question.id)) ?? "").slice(0, NOTE_MAX_LENGTH) || null;
  if (!form.getAll(answerField(question.id)).includes(NOT_APPLICABLE)) return note ? { value: null, note } : null;
  const ground = String(form.get(groundField(question.id)) ?? "");
  const reason = String(form.get(reasonField(question.id)) ?? "").slice(0, REASON_MAX_LENGTH);
  return { value: { kind: "not_applicable", ...(isGround(ground) ? { ground } : {}), reason }, note };
}

/** An answer in words, with the option labels of the reader's language: pages and exports. */
export function describeAnswer(options: { id: string; label: string }[], value: AnswerValue, t: TFunction): string {
  switch (value.kind) {
    case "not_applicable":
      return t("assessment.notApplicableBecause", {
        ground: t(`assessment.grounds.${value.ground ?? "other"}`),
        reason: value.reason,
      });
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
