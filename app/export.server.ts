import { stringify } from "csv-stringify/sync";
import { dateFormat } from "./dates";
import type { Language } from "./i18n";

// Spreadsheets run a cell starting with = + - @, tab or CR as a formula; an exported note must not.
export function safeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Text, or a number or time that is written as the reader's spreadsheet reads it; null stays empty. */
export type CsvCell = string | number | Date | null;

/**
 * Excel picks the separator and decimal mark from the system's region: a Dutch one splits on
 * semicolons and reads a decimal comma. The byte-order mark makes it read UTF-8 (é, ë, –).
 */
const SEPARATOR: Record<Language, string> = { nl: ";", en: "," };
const BOM = "\uFEFF";

const numberFormats: Record<Language, Intl.NumberFormat> = {
  nl: new Intl.NumberFormat("nl-NL", { useGrouping: false, maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat("en-GB", { useGrouping: false, maximumFractionDigits: 2 }),
};

/** Dutch time as both Excels read it as a date and time: 05-03-2026 14:07, or 2026-03-05 14:07. */
function dateTime(value: Date, language: Language): string {
  const parts = dateFormat("en-GB", {
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(value);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  const date =
    language === "nl"
      ? `${part("day")}-${part("month")}-${part("year")}`
      : `${part("year")}-${part("month")}-${part("day")}`;
  return `${date} ${part("hour")}:${part("minute")}`;
}

function cellText(cell: CsvCell, language: Language): string {
  if (cell === null) return "";
  if (typeof cell === "number") return numberFormats[language].format(cell);
  if (cell instanceof Date) return dateTime(cell, language);
  return safeCell(cell);
}

/** The one CSV writer of every export: headers and rows as the reader's spreadsheet opens them. */
export function toCsv(language: Language, header: string[], rows: CsvCell[][]): string {
  const records = [header, ...rows].map((row) => row.map((cell) => cellText(cell, language)));
  return BOM + stringify(records, { delimiter: SEPARATOR[language], record_delimiter: "windows" });
}

export function download(body: string, filename: string, type: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": `${type}; charset=utf-8`,
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
}
