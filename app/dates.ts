// Whatever the server's or browser's zone, so both render the same text and the page hydrates.
export const TIME_ZONE = "Europe/Amsterdam";

const formats = new Map<string, Intl.DateTimeFormat>();

// Plain "en" would write American dates (March 4, 2026); readers here expect 4 March 2026.
const LOCALES: Record<string, string> = { en: "en-GB" };

/** The one way to make a date format: the reader's language, always the Dutch time zone. */
export function dateFormat(
  language: string,
  options: Omit<Intl.DateTimeFormatOptions, "timeZone">,
): Intl.DateTimeFormat {
  const key = `${language} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[language] ?? language, { ...options, timeZone: TIME_ZONE });
    formats.set(key, format);
  }
  return format;
}

export function formatDate(value: Date | string, language: string, style: "medium" | "long" = "long"): string {
  return dateFormat(language, { dateStyle: style }).format(typeof value === "string" ? new Date(value) : value);
}

/** The calendar day in the Netherlands (YYYY-MM-DD), the form due dates are kept in; today by default. */
export function calendarDay(moment = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE }).format(moment);
}

/** The half-year ("2025-H2") as the Netherlands counts it: late on 30 June UTC is already July there. */
export function halfYearOf(date: Date): string {
  const [year, month] = calendarDay(date).split("-");
  return `${year}-H${Number(month) <= 6 ? 1 : 2}`;
}
