import { Link } from "@remix-run/react";
import type { ReactNode } from "react";

/**
 * The page of a form's own action route. A browser without JavaScript lands here after
 * posting, so the form shows its errors with what was typed, or the outcome, and the way back.
 */
export function ActionPage({
  title,
  back,
  children,
}: {
  title: string;
  back: { to: string; label: string };
  children: ReactNode;
}) {
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to={back.to}>{back.label}</Link>
      </p>
      <h1>{title}</h1>
      {children}
    </div>
  );
}
