// Query parameters carry what people typed, so a failed query logs its SQL and reason only.
export function redactedError(error: unknown, depth = 0): unknown {
  if (!(error instanceof Error) || depth > 5) return error;
  const copy = new Error(error.message.replace(/\nparams: [\s\S]*$/, "\nparams: [redacted]"));
  copy.name = error.name;
  copy.stack = `${copy.name}: ${copy.message}\n${(error.stack ?? "")
    .split("\n")
    .filter((line) => line.trimStart().startsWith("at "))
    .join("\n")}`;
  for (const key of ["code", "severity", "routine", "table_name", "column_name", "constraint_name"] as const) {
    if (key in error) Object.assign(copy, { [key]: (error as unknown as Record<string, unknown>)[key] });
  }
  if (error.cause !== undefined) copy.cause = redactedError(error.cause, depth + 1);
  return copy;
}

export function logError(error: unknown): void {
  console.error(redactedError(error));
}
