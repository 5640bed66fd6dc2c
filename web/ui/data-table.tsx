import type { ReactNode } from "react";

/** A column heading: its text, or the text with a class name, or one read by screen readers only (a buttons column). */
export type DataTableColumn = string | { label: string; className?: string; hidden?: boolean };

/** Props of DataTable. */
export interface DataTableProps {
  /** The table's class names, e.g. `queue-table audit-table`. */
  className: string;
  /** What the table lists, read by screen readers only. */
  caption: string;
  /** The column headings in order; `false` leaves a column out (e.g. actions for people who may not act). */
  columns: readonly (DataTableColumn | false)[];
  /** While a previous page is still shown in place of the one asked for. */
  busy?: boolean;
  /** The body's rows. */
  children: ReactNode;
}

/** A table that scrolls sideways on narrow screens, with a hidden caption and a row of column headings. */
export function DataTable({ className, caption, columns, busy, children }: DataTableProps) {
  return (
    <div className="table-scroll">
      <table className={className} aria-busy={busy || undefined}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, index) => {
              if (column === false) return null;
              const { label, className: cellClass, hidden } = typeof column === "string" ? { label: column } : column;
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: the headings are a fixed list, in a fixed order.
                <th key={index} scope="col" className={cellClass}>
                  {hidden ? <span className="visually-hidden">{label}</span> : label}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
