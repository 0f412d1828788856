import { z } from "zod";

// Outside these a day is a typo, and year 0 is not a date in PostgreSQL.
export const FIRST_DAY = "2000-01-01";
export const LAST_DAY = "2099-12-31";

export function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
}

export const calendarDay = z
  .string()
  .refine((value) => isCalendarDay(value) && value >= FIRST_DAY && value <= LAST_DAY, "validation.date");
