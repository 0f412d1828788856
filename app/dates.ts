// Whatever the server's or browser's zone, so both render the same text and the page hydrates.
export const TIME_ZONE = "Europe/Amsterdam";

const formats = new Map<string, Intl.DateTimeFormat>();

export function dateFormat(
  language: string,
  options: Omit<Intl.DateTimeFormatOptions, "timeZone">,
): Intl.DateTimeFormat {
  const key = `${language} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { ...options, timeZone: TIME_ZONE });
    formats.set(key, format);
  }
  return format;
}

export function formatDate(value: Date | string, language: string, style: "medium" | "long" = "long"): string {
  return dateFormat(language, { dateStyle: style }).format(typeof value === "string" ? new Date(value) : value);
}
