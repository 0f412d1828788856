// npm run questionnaires:schema — rewrites questionnaires/schema.json from the zod schema.
import { writeFile } from "node:fs/promises";
import { questionnaireJsonSchema } from "./json-schema";

await writeFile(new URL("./schema.json", import.meta.url), questionnaireJsonSchema());
console.log("questionnaires/schema.json written");
