import { z } from "zod";
import { calendarDay } from "./calendar-date";

export const ACTION_STATUSES = ["planned", "in_progress", "done", "not_relevant"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const ActionSchema = z
  .object({
    adviceId: z.string().min(1).max(48),
    status: z.enum(ACTION_STATUSES),
    ownerId: z.string().uuid().optional(),
    dueDate: calendarDay.optional(),
    reason: z.string().trim().max(500).optional(),
  })
  .refine((a) => a.status !== "not_relevant" || Boolean(a.reason), {
    path: ["reason"],
    message: "actions.reasonRequired",
  });
export type ActionInput = z.output<typeof ActionSchema>;

export function isOpen(status: ActionStatus): boolean {
  return status === "planned" || status === "in_progress";
}

export function isOverdue(action: { status: ActionStatus; dueDate: string | null }, today: string): boolean {
  return isOpen(action.status) && action.dueDate !== null && action.dueDate < today;
}
