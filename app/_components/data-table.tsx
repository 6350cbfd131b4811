import type { ReactNode } from "react";

/** What a list says when it has nothing to show yet. */
export function EmptyState({ children, className = "" }: { children: ReactNode; className?: string }) {
  return <p className={`rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-600 ${className}`}>{children}</p>;
}

export interface Column {
  label?: ReactNode;
  /** Figures are right-aligned, so digits line up. */
  numeric?: boolean;
}

/** A staff list as a table: its header, its rows (the children), or the empty state when there are none. */
export function DataTable({
  columns,
  rows,
  empty,
  testId,
  children,
}: {
  columns: Column[];
  rows: number;
  empty: ReactNode;
  testId?: string;
  children: ReactNode;
}) {
  if (rows === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
      <table className="w-full text-left text-sm" data-testid={testId}>
        <thead className="bg-slate-50 text-slate-600">
          <tr>
            {columns.map((column, i) => (
              <th key={i} className={`px-3 py-2 ${column.numeric ? "text-right" : ""}`}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
