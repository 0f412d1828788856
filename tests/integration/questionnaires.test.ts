import { describe, expect, it } from "vitest";
import { database } from "../../db/client";
import { questionnaireVersions } from "../../db/schema";
import { parseQuestionnaire } from "~/domain/questionnaire";
import { hashQuestionnaire } from "~/models/questionnaire-files.server";
import { publishQuestionnaires } from "~/models/questionnaire.server";
import { smallQuestionnaire } from "../fixtures/questionnaire";
import { BACKENDS, useFreshDatabase } from "./databases";

function file(change: (q: ReturnType<typeof smallQuestionnaire>) => void = () => {}) {
  const data = smallQuestionnaire();
  change(data);
  const parsed = parseQuestionnaire(data);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return {
    file: "small.yaml",
    questionnaire: parsed.questionnaire,
    contentHash: hashQuestionnaire(parsed.questionnaire),
  };
}

describe.each(BACKENDS)("questionnaire versions on %s", (backend) => {
  useFreshDatabase(backend);

  it("stores a version with its content once, and accepts the same content again", async () => {
    expect(await publishQuestionnaires([file()])).toEqual({ problems: [] });
    expect(await publishQuestionnaires([file()])).toEqual({ problems: [] });
    const rows = await database().select().from(questionnaireVersions);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ questionnaireId: "small", version: 1, contentHash: file().contentHash });
    expect((rows[0]!.content as { title: unknown }).title).toEqual({ nl: "Klein", en: "Small" });
  });

  it("refuses changed content under a published version and names the file", async () => {
    const changed = file((q) => {
      q.title.nl = "Anders";
    });
    const { problems } = await publishQuestionnaires([changed]);
    expect(problems).toEqual([
      'small.yaml: version 1 is already published with other content; raise "version" to publish the change',
    ]);
    const bumped = file((q) => {
      q.title.nl = "Anders";
      q.version = 2;
    });
    expect(await publishQuestionnaires([bumped])).toEqual({ problems: [] });
    expect(await database().select().from(questionnaireVersions)).toHaveLength(2);
  });
});
