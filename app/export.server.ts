import { stringify } from "csv-stringify/sync";

// Spreadsheets run a cell starting with = + - @, tab or CR as a formula; an exported note must not.
export function safeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function toCsv(header: string[], rows: string[][]): string {
  return stringify([header, ...rows.map((row) => row.map(safeCell))]);
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
