/**
 * Dates and times as Weerbaar shows them: in the Netherlands' time zone, whatever the zone of
 * the server or the browser, so a page renders the same on both and hydrates.
 */
export const TIME_ZONE = "Europe/Amsterdam";

const formats = new Map<string, Intl.DateTimeFormat>();

export function formatDate(value: Date | string, language: string, style: "medium" | "long" = "long"): string {
  const key = `${language} ${style}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { dateStyle: style, timeZone: TIME_ZONE });
    formats.set(key, format);
  }
  return format.format(typeof value === "string" ? new Date(value) : value);
}
