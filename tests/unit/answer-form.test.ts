import { describe, expect, it } from "vitest";
import { answerField, groundField, invalidField, noteField, reasonField, typedAnswer } from "~/views/answer-form";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
};

describe("typedAnswer", () => {
  it("keeps a refused 'not applicable' with its reason and note", () => {
    const posted = form({
      [answerField("q1")]: "__na",
      [reasonField("q1")]: "Geen terrein",
      [noteField("q1")]: "Later",
    });
    expect(typedAnswer(posted, { id: "q1" })).toEqual({
      value: { kind: "not_applicable", reason: "Geen terrein" },
      note: "Later",
    });
  });

  it("keeps the note of a question without an answer, and only a known ground", () => {
    expect(typedAnswer(form({ [noteField("q1")]: "Nog uitzoeken" }), { id: "q1" })).toEqual({
      value: null,
      note: "Nog uitzoeken",
    });
    expect(typedAnswer(form({ [answerField("q1")]: "__na", [groundField("q1")]: "bogus" }), { id: "q1" })).toEqual({
      value: { kind: "not_applicable", reason: "" },
      note: null,
    });
  });

  it("keeps nothing where nothing was typed", () => {
    expect(typedAnswer(form({ [answerField("q1")]: "a" }), { id: "q1" })).toBeNull();
  });
});

describe("invalidField", () => {
  it("names the field to put right, and none for an answer that was only not sent", () => {
    expect(invalidField("assessment.errors.groundRequired")).toBe("ground");
    expect(invalidField("assessment.errors.reasonRequired")).toBe("reason");
    expect(invalidField("assessment.errors.noteTooLong")).toBe("note");
    expect(invalidField("assessment.errors.stale")).toBe("answer");
    expect(invalidField("assessment.errors.offline")).toBeNull();
  });
});
