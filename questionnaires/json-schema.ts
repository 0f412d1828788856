import { zodToJsonSchema } from "zod-to-json-schema";
import { QuestionnaireSchema } from "../app/domain/questionnaire";

/** The JSON Schema editors use to complete and check questionnaire files. */
export function questionnaireJsonSchema(): string {
  const schema = zodToJsonSchema(QuestionnaireSchema, { name: "Questionnaire", $refStrategy: "none" });
  return `${JSON.stringify(schema, null, 2)}\n`;
}
