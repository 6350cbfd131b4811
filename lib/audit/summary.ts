// An audit row's before/after as lines a person can read, one per field: "role: DESK → ADMIN" when it
// changed, "email: a@b" when it is there for context.
export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
  changed: boolean;
}

function show(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.length ? value.map((v) => (typeof v === "object" ? JSON.stringify(v) : String(v))).join(", ") : "—";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

export function changeSummary(before: unknown, after: unknown): FieldChange[] {
  const b = record(before);
  const a = record(after);
  return [...new Set([...Object.keys(b), ...Object.keys(a)])].map((field) => {
    const was = show(b[field]);
    const now = show(a[field]);
    return { field, before: was, after: now, changed: field in b && field in a ? was !== now : false };
  });
}
