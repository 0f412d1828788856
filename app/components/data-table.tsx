import { useEffect, useId, useRef, useState, type Key, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

export interface Column<Row> {
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Needed where the header is not a string that tells the columns apart. */
  key?: string;
  /** This column's cell names its row: a header cell for the row. */
  rowHeader?: boolean;
  numeric?: boolean;
  /** Short values under a short header (codes, figures): no minimum width, so many fit side by side. */
  compact?: boolean;
  /** Where the rows are sorted by this column, and which way. */
  sort?: "ascending" | "descending";
  /** A class for this column's cell in a row, such as its colour in a heat map. */
  cellClass?: (row: Row) => string | undefined;
}

function columnClass<Row>(column: Column<Row>): string {
  return [column.numeric ? "numeric" : "", column.compact ? "compact" : ""].join(" ").trim();
}

/**
 * Which way a scrolling region has more to show, or undefined where all of it is in sight:
 * the region fades at that edge and a hint says that it scrolls.
 */
function useMoreToShow() {
  const region = useRef<HTMLDivElement>(null);
  const [more, setMore] = useState<"start" | "end" | "both">();
  useEffect(() => {
    const element = region.current;
    if (!element) return;
    const check = () => {
      const start = element.scrollLeft > 1;
      const end = element.scrollLeft + element.clientWidth < element.scrollWidth - 1;
      setMore(start && end ? "both" : start ? "start" : end ? "end" : undefined);
    };
    check();
    const observer = new ResizeObserver(check);
    observer.observe(element);
    element.addEventListener("scroll", check, { passive: true });
    return () => {
      observer.disconnect();
      element.removeEventListener("scroll", check);
    };
  }, []);
  return { region, more };
}

/**
 * A table of rows with a caption and column headers. A row for which `span` gives something
 * shows its first cell and then that, across the remaining columns (a group too small to show,
 * say). A table wider than its room scrolls in a region of its own that the keyboard can reach,
 * named by `scrollLabel` (the id of the heading or caption that names it) or else its caption;
 * with `scrollLabel` the region is there at any width. A `stacked` table of a few short columns
 * never scrolls: on a phone each row wraps, its figures under its name where both do not fit.
 */
export function DataTable<Row>({
  caption,
  captionId,
  captionHidden = false,
  columns: given,
  rows,
  rowKey,
  span,
  scrollLabel,
  stacked = false,
}: {
  caption: ReactNode;
  captionId?: string;
  captionHidden?: boolean;
  /** `false` leaves a column out, for columns only some readers get. */
  columns: (Column<Row> | false)[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => Key;
  span?: (row: Row) => ReactNode | undefined;
  scrollLabel?: string;
  stacked?: boolean;
}) {
  const { t } = useTranslation();
  const { region, more } = useMoreToShow();
  const ownCaptionId = useId();
  const captionOf = captionId ?? ownCaptionId;
  const columns = given.filter((c): c is Column<Row> => c !== false);
  // A stacked table is laid out as blocks on a phone, which some browsers take for the end of
  // its table semantics: explicit roles keep it a table for screen readers.
  const role = (name: string) => (stacked ? name : undefined);
  const cellOf = (column: Column<Row>, row: Row, index: number) => {
    const Cell = column.rowHeader ? "th" : "td";
    const className = [columnClass(column), column.cellClass?.(row) ?? ""].join(" ").trim();
    return (
      <Cell
        key={column.key ?? index}
        scope={column.rowHeader ? "row" : undefined}
        role={role(column.rowHeader ? "rowheader" : "cell")}
        className={className || undefined}
      >
        {column.cell(row)}
      </Cell>
    );
  };
  const table = (
    <table className={stacked ? "data-table--stacked" : undefined} role={role("table")}>
      <caption id={captionOf} className={captionHidden ? "visually-hidden" : undefined}>
        {caption}
      </caption>
      <thead role={role("rowgroup")}>
        <tr role={role("row")}>
          {columns.map((column, index) => (
            <th
              key={column.key ?? index}
              scope="col"
              role={role("columnheader")}
              className={columnClass(column) || undefined}
              aria-sort={column.sort}
            >
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody role={role("rowgroup")}>
        {rows.map((row, index) => {
          const spanning = span?.(row);
          return (
            <tr key={rowKey(row, index)} role={role("row")}>
              {spanning === undefined ? (
                columns.map((column, c) => cellOf(column, row, c))
              ) : (
                <>
                  {cellOf(columns[0]!, row, 0)}
                  <td colSpan={columns.length - 1} role={role("cell")}>
                    {spanning}
                  </td>
                </>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
  // Only a region that scrolls, or one a page names, is a stop for the keyboard.
  const isRegion = Boolean(scrollLabel) || more !== undefined;
  return (
    <>
      {more ? <p className="table-scroll__hint">{t("common.tableScrolls")}</p> : null}
      <div
        className="table-scroll"
        role={isRegion ? "region" : undefined}
        aria-labelledby={isRegion ? (scrollLabel ?? captionOf) : undefined}
        tabIndex={isRegion ? 0 : undefined}
        ref={region}
        data-more={more}
      >
        {table}
      </div>
    </>
  );
}
