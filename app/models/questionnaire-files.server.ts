import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { parse, YAMLParseError } from "yaml";
import { parseQuestionnaire, type Questionnaire } from "~/domain/questionnaire";

export interface QuestionnaireFile {
  file: string;
  questionnaire: Questionnaire;
  // Of the validated content with sorted keys: comments and layout do not count.
  contentHash: string;
  archived?: boolean;
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export function hashQuestionnaire(questionnaire: Questionnaire): string {
  return createHash("sha256").update(canonicalJson(questionnaire)).digest("hex");
}

const ARCHIVE = "archive";

const expectedName = (q: Questionnaire, archived: boolean) => (archived ? `${ARCHIVE}/${q.id}.v${q.version}` : q.id);

// A folder with any problem yields no questionnaires at all.
export async function loadQuestionnaireFiles(
  folder: string,
): Promise<{ ok: true; files: QuestionnaireFile[] } | { ok: false; problems: string[] }> {
  const yamlFiles = async (sub: string) =>
    (await readdir(path.join(folder, sub)).catch(() => [] as string[]))
      .filter((n) => n.endsWith(".yaml") || n.endsWith(".yml"))
      .sort()
      .map((n) => (sub ? `${sub}/${n}` : n));
  const names = [...(await yamlFiles("")), ...(await yamlFiles(ARCHIVE))];
  const problems: string[] = [];
  const files: QuestionnaireFile[] = [];
  const current = new Map<string, QuestionnaireFile>();
  for (const file of names) {
    let data: unknown;
    try {
      data = parse(await readFile(path.join(folder, file), "utf8"), { uniqueKeys: true });
    } catch (error) {
      const message = error instanceof YAMLParseError ? error.message.split("\n")[0] : String(error);
      problems.push(`${file}: (yaml): ${message}`);
      continue;
    }
    const result = parseQuestionnaire(data);
    if (!result.ok) {
      problems.push(...result.problems.map((p) => `${file}: ${p.path}: ${p.message}`));
      continue;
    }
    const { questionnaire } = result;
    const archived = file.startsWith(`${ARCHIVE}/`);
    const expected = expectedName(questionnaire, archived);
    if (file.replace(/\.ya?ml$/, "") !== expected) {
      problems.push(
        `${file}: id: the file of "${questionnaire.id}" version ${questionnaire.version} must be named ${expected}.yaml`,
      );
    }
    const loaded = { file, questionnaire, contentHash: hashQuestionnaire(questionnaire), archived };
    if (!archived) current.set(questionnaire.id, loaded);
    files.push(loaded);
  }
  for (const { file, questionnaire, archived } of files) {
    const latest = current.get(questionnaire.id);
    if (archived && (!latest || latest.questionnaire.version <= questionnaire.version)) {
      problems.push(`${file}: version: an archived version must be older than the current ${questionnaire.id}.yaml`);
    }
  }
  if (names.length === 0) problems.push(`${folder}: no questionnaire files`);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, files };
}
