/** An `ilike` pattern for text that contains `text` as typed: `%`, `_` and `\` match themselves. */
export const containing = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
