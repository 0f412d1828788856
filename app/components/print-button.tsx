/**
 * Prints the page as it is laid out for paper. A button rather than a hint to use the browser's
 * menu, which people on a phone or in a kiosk browser may not find.
 */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="button button--secondary" onClick={() => window.print()}>
      {label}
    </button>
  );
}
