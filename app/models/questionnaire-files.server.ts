import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { parse, YAMLParseError } from "yaml";
import { parseQuestionnaire, type Questionnaire } from "~/domain/questionnaire";

export interface QuestionnaireFile {
  file: string;
  questionnaire: Questionnaire;
  /** SHA-256 of the validated content with sorted keys: comments and layout do not count. */
  contentHash: string;
}

/** JSON with object keys sorted, so the same content always hashes the same. */
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

/**
 * Reads and validates every questionnaire file in a folder. Problems read
 * `file: path: message`; a folder with any problem yields no questionnaires at all.
 */
export async function loadQuestionnaireFiles(
  folder: string,
): Promise<{ ok: true; files: QuestionnaireFile[] } | { ok: false; problems: string[] }> {
  const names = (await readdir(folder)).filter((n) => n.endsWith(".yaml") || n.endsWith(".yml")).sort();
  const problems: string[] = [];
  const files: QuestionnaireFile[] = [];
  const ids = new Map<string, string>();
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
    const { id } = result.questionnaire;
    if (file.replace(/\.ya?ml$/, "") !== id) problems.push(`${file}: id: must equal the file name ("${id}")`);
    const other = ids.get(id);
    if (other) problems.push(`${file}: id: "${id}" is also the id of ${other}`);
    ids.set(id, file);
    files.push({ file, questionnaire: result.questionnaire, contentHash: hashQuestionnaire(result.questionnaire) });
  }
  if (names.length === 0) problems.push(`${folder}: no questionnaire files`);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, files };
}
