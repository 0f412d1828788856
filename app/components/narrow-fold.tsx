import { useEffect, useState, type ReactNode } from "react";
import { NARROW_SCREEN } from "./narrow-screen";

/**
 * Content that on a narrow screen, once the page's script runs, folds behind a summary; on a
 * wide screen and without JavaScript it stands as it is. For a chart that the table beside it
 * repeats, which on a phone pushes the rest of the page a screen further down.
 */
export function NarrowFold({
  summary,
  className,
  children,
}: {
  summary: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  const [narrow, setNarrow] = useState(false);
  useEffect(() => {
    if (window.matchMedia(NARROW_SCREEN).matches) setNarrow(true);
  }, []);
  if (!narrow) return <>{children}</>;
  return (
    <details className={["narrow-fold", className].filter(Boolean).join(" ")}>
      <summary>{summary}</summary>
      {children}
    </details>
  );
}
