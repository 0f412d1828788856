import { DrizzleQueryError } from "drizzle-orm/errors";
import { describe, expect, it } from "vitest";
import { redactedError } from "~/server/log.server";

describe("the server log", () => {
  it("keeps a failed query's SQL and the database's reason, never its parameters", () => {
    const cause = Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), {
      code: "22021",
      parameters: ["geheime notitie"],
    });
    const failed = new DrizzleQueryError(
      'update "answers" set "note" = $1 where "id" = $2',
      ["geheime notitie", "7f0c"],
      cause,
    );
    const logged = redactedError(failed) as Error & { cause: Error & { code?: string } };
    const text = `${logged.message} ${logged.stack} ${String(logged.cause.message)} ${JSON.stringify(logged)}`;
    expect(text).not.toContain("geheime notitie");
    expect(logged.message).toContain('update "answers" set "note" = $1');
    expect(logged.message).toContain("params: [redacted]");
    expect(logged.cause.code).toBe("22021");
  });
});
