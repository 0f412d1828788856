import type { APIRequestContext, Page } from "@playwright/test";

/**
 * Starts a port-logistics draft for the signed-in member, as the "Start" button does, or finds
 * the open one (one per questionnaire); its id.
 */
export async function startDraft(request: APIRequestContext, origin: string): Promise<string> {
  const response = await request.post("/assessments", {
    headers: { Origin: origin },
    form: { questionnaireId: "port-logistics" },
    maxRedirects: 0,
  });
  const id = response.headers().location?.split("/")[2]?.split("?")[0];
  if (!id) throw new Error(`starting a draft answered ${response.status()}`);
  return id;
}

/** The single-choice questions of the theme page `page` shows, with their options, as the form names them. */
export async function singleChoiceQuestions(page: Page): Promise<{ questionId: string; options: string[] }[]> {
  return page.locator("fieldset.question").evaluateAll((fieldsets) =>
    fieldsets
      .map((fieldset) => {
        const radios = Array.from(fieldset.querySelectorAll<HTMLInputElement>('input[type="radio"][name^="q."]'));
        return {
          questionId: fieldset.id.replace(/^question-/, ""),
          options: radios.map((r) => r.value).filter((v) => !v.startsWith("__")),
        };
      })
      .filter((q) => q.options.length >= 2),
  );
}

export interface SaveReply {
  status: number;
  ok: boolean;
  revision?: number;
  newer?: { value: { option?: string }; revision: number };
}

/** One autosave, as the theme page posts it: the answer, its note and the revision it was based on. */
export async function postAnswer(
  request: APIRequestContext,
  origin: string,
  write: { assessmentId: string; questionId: string; option: string; baseRevision: number; note?: string },
): Promise<SaveReply> {
  const { assessmentId, questionId, option, baseRevision, note } = write;
  const response = await request.post(`/assessments/${assessmentId}/answers`, {
    headers: { Origin: origin },
    form: {
      questionId,
      [`q.${questionId}`]: option,
      [`rev.${questionId}`]: String(baseRevision),
      ...(note ? { [`note.${questionId}`]: note } : {}),
    },
  });
  const body = response.headers()["content-type"]?.includes("json")
    ? ((await response.json()) as Omit<SaveReply, "status">)
    : { ok: false };
  return { status: response.status(), ...body };
}

/** The stored answers of an assessment, read through the app's JSON export. */
export async function exportedAnswers(request: APIRequestContext, assessmentId: string) {
  const response = await request.get(`/assessments/${assessmentId}/export.json`);
  if (!response.ok()) throw new Error(`export answered ${response.status()}`);
  const body = (await response.json()) as {
    answers: { questionId: string; value: { option?: string }; note: string | null }[];
  };
  return body.answers;
}
