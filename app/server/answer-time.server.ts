/**
 * Runs `work` and answers no sooner than `ms` after it began, so that how long an answer took
 * does not tell which branch ran (an address with an account or without). `ms` must exceed the
 * slower branch, as measured, with room to spare.
 */
export async function answerAfter<T>(ms: number, work: () => Promise<T>): Promise<T> {
  const answerAt = Date.now() + ms;
  const result = await work();
  await new Promise((resolve) => setTimeout(resolve, Math.max(answerAt - Date.now(), 0)));
  return result;
}
