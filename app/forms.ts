import { parseWithZod } from "@conform-to/zod";
import { ZodParsedType, type ZodErrorMap, type ZodTypeAny } from "zod";

// Keys such as `validation.tooShort:12`, so one schema reports errors in the reader's language.
const keyErrorMap: ZodErrorMap = (issue, ctx) => {
  switch (issue.code) {
    case "invalid_type":
      if (issue.received !== "undefined") return { message: "validation.invalid" };
      // An enum expects one of its values ("'a' | 'b'") rather than a type: nothing was chosen.
      return { message: issue.expected in ZodParsedType ? "validation.required" : "validation.choose" };
    case "too_small":
      return {
        message:
          issue.type === "string" && issue.minimum === 1
            ? "validation.required"
            : `validation.tooShort:${Number(issue.minimum)}`,
      };
    case "too_big":
      return { message: `validation.tooLong:${Number(issue.maximum)}` };
    case "invalid_string":
      return { message: issue.validation === "email" ? "validation.email" : "validation.invalid" };
    case "invalid_enum_value":
      return { message: "validation.choose" };
    default:
      return { message: ctx.defaultError === "Required" ? "validation.required" : "validation.invalid" };
  }
};

export function parseForm<Schema extends ZodTypeAny>(payload: FormData | URLSearchParams, schema: Schema) {
  return parseWithZod(payload, { schema, errorMap: keyErrorMap });
}

export function messageKey(message: string): { key: string; count?: number } {
  const [key = message, count] = message.split(":");
  return count === undefined ? { key } : { key, count: Number(count) };
}

export function queryValues(url: URL): Record<string, string> {
  return Object.fromEntries([...url.searchParams].filter(([, value]) => value !== ""));
}

export function withQuery(current: URLSearchParams, changes: Record<string, string | null>): string {
  const next = new URLSearchParams(current);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) next.delete(key);
    else next.set(key, value);
  }
  return `?${next}`;
}
