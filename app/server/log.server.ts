/**
 * Errors as the server log gets them: a failed query keeps its SQL and the database's reason,
 * never its parameters, which carry what people typed (answer notes, names, addresses).
 */
export function redactedError(error: unknown, depth = 0): unknown {
  if (!(error instanceof Error) || depth > 5) return error;
  const copy = new Error(error.message.replace(/\nparams: [\s\S]*$/, "\nparams: [redacted]"));
  copy.name = error.name;
  copy.stack = `${copy.name}: ${copy.message}\n${(error.stack ?? "")
    .split("\n")
    .filter((line) => line.trimStart().startsWith("at "))
    .join("\n")}`;
  // The database's own fields that say what went wrong, without values.
  for (const key of ["code", "severity", "routine", "table_name", "column_name", "constraint_name"] as const) {
    if (key in error) Object.assign(copy, { [key]: (error as unknown as Record<string, unknown>)[key] });
  }
  if (error.cause !== undefined) copy.cause = redactedError(error.cause, depth + 1);
  return copy;
}

export function logError(error: unknown): void {
  console.error(redactedError(error));
}
