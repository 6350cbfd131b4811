// Reading a submitted form for its zod schema: the schema is the form's contract, so no field is
// read by hand. Plain module (no server imports): the domain's schemas use the field helpers.
import { z } from "zod";
import { invalid, type Failure, type FieldCode, type FieldCodes, type Params } from "./outcome";

type FormValue = string | File | FormValue[] | { [name: string]: FormValue };

/**
 * A FormData as the object its names describe: "visiting.code" nests, "sides.0.quota" makes a list,
 * a name sent more than once (checkboxes) gives a list. Next's own "$ACTION_…" fields are left out.
 */
export function formObject(formData: FormData): Record<string, FormValue> {
  const root: Record<string, FormValue> = {};
  for (const name of new Set(formData.keys())) {
    if (name.startsWith("$ACTION")) continue;
    const values = formData.getAll(name);
    const value: FormValue = values.length === 1 ? values[0] : values;
    const path = name.split(".");
    let node: Record<string, FormValue> = root;
    for (const segment of path.slice(0, -1)) {
      const next = node[segment];
      node = (next && typeof next === "object" && !(next instanceof File) ? next : (node[segment] = {})) as Record<string, FormValue>;
    }
    node[path.at(-1)!] = value;
  }
  return listsFromIndexes(root) as Record<string, FormValue>;
}

// {"0": a, "1": b} → [a, b], so "sides.0.code" reads as sides[0].code.
function listsFromIndexes(value: FormValue): FormValue {
  if (typeof value !== "object" || value instanceof File || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  const entries = keys.map((k) => [k, listsFromIndexes(value[k])] as const);
  if (keys.length > 0 && keys.every((k, i) => k === String(i))) return entries.map(([, v]) => v);
  return Object.fromEntries(entries);
}

/**
 * Parses what a form or a body sent with its schema: its output, or the INVALID failure with each
 * field's problems. A field that was not sent at all reads "required", in the caller's words, rather
 * than zod's own "expected string, received undefined".
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): { ok: true; data: z.output<S> } | Failure {
  const parsed = schema.safeParse(input, { error: (issue) => (issue.code === "invalid_type" && issue.input === undefined ? "required" : undefined) });
  return parsed.success ? { ok: true, data: parsed.data } : invalid(fieldCodes(parsed.error));
}

/** A text field; a form that leaves it out sends "". */
export const formText = (max = 1000) => z.string().max(max).default("");

/** A checkbox or a flag: true, "1", "true" or "on"; absent is false. JSON clients send a boolean. */
export const formFlag = z
  .union([z.boolean(), z.enum(["1", "0", "true", "false", "on"]).transform((v) => v === "1" || v === "true" || v === "on")])
  .default(false);

/** Repeated fields (checkboxes): one value or several; absent is an empty list; blanks are dropped. */
export const formList = <T extends z.ZodType<string, string>>(item: T) =>
  z
    .union([z.string(), z.array(z.string())])
    .default([])
    .transform((v) => (Array.isArray(v) ? v : [v]).filter((s) => s !== ""))
    .pipe(z.array(item));

/** An optional file input: a browser sends an empty file when none was chosen. */
export const formFile = z
  .instanceof(File)
  .optional()
  .transform((file) => (file && file.size > 0 ? file : undefined));

/** A refinement's issue for a field code (ctx.addIssue(customIssue(code))): fieldCodes() reads it back. */
export function customIssue(code: FieldCode): { code: "custom"; message: string; params?: Params } {
  return typeof code === "string" ? { code: "custom", message: code } : { code: "custom", message: code.key, params: code.params };
}

/** A zod error as the field codes the edge translates: each path joined with dots, as the form names it. */
export function fieldCodes(error: z.ZodError): FieldCodes {
  const fields: FieldCodes = {};
  for (const issue of error.issues) {
    const name = issue.path.map(String).join(".") || "form";
    // A refinement that quotes what it found passes it along (ctx.addIssue({ message: key, params }));
    // a size check passes its limit, for messages such as "at most {max}".
    const params = issue.code === "custom" ? issue.params : issue.code === "too_big" ? { max: Number(issue.maximum) } : undefined;
    (fields[name] ??= []).push(params ? { key: issue.message, params } : issue.message);
  }
  return fields;
}

/** A page's searchParams with one value per name (the first, when a name repeats), for a zod schema. */
export function firstValues(params: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(params).map(([name, value]) => [name, Array.isArray(value) ? value[0] : value]));
}
