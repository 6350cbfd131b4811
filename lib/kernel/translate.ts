// The edge: an outcome's codes become words in the caller's language, from the messages.
import { createTranslator } from "use-intl/core";
import type { Locale } from "@/lib/i18n/locale";
import { messagesFor } from "@/lib/i18n/messages";
import { fieldMessage } from "./field-message";
import type { ActionResult, Failure, FieldCode, Outcome, Params } from "./outcome";

function translator(locale: Locale) {
  return createTranslator({
    locale,
    messages: messagesFor(locale),
    // A message whose values were not all given is a bug: logged, and the sentence shown without failing the request.
    onError: (error) => console.error("[translate]", error.message),
  });
}

/** A failure's sentence, and each field's, in the caller's language. */
export function describeFailure<D>(failure: Failure<D>, locale: Locale): Extract<ActionResult<never, D>, { ok: false }> {
  const t = translator(locale);
  const params: Params = failure.params ?? {};
  const described: Extract<ActionResult<never, D>, { ok: false }> = { ok: false, code: failure.code, message: t(`failures.${failure.code}`, params) };
  if (failure.fields) {
    described.fieldErrors = Object.fromEntries(
      Object.entries(failure.fields).map(([field, codes]) => [field, codes.map((code) => fieldMessage(t, code, params))]),
    );
  }
  if (failure.params) described.params = failure.params;
  if (failure.detail !== undefined) described.detail = failure.detail;
  return described;
}

export function describe<T, D>(outcome: Outcome<T, D>, locale: Locale): ActionResult<T, D> {
  if (!outcome.ok) return describeFailure(outcome, locale);
  return { ok: true, message: translator(locale)(`notices.${outcome.notice}`, outcome.params ?? {}), data: outcome.data };
}

/**
 * Rows that each carry their problems as field codes (an import's preview), with the problems in words.
 * A list of 20,000 rows repeats a handful of problems: each is put in words once, so the main thread
 * is not held for a translation per row while others wait.
 */
export function describeRows<R extends { errors: FieldCode[] }>(rows: R[], locale: Locale): (Omit<R, "errors"> & { errors: string[] })[] {
  const t = translator(locale);
  const said = new Map<string, string>();
  const say = (code: FieldCode) => {
    const key = typeof code === "string" ? code : JSON.stringify(code);
    let words = said.get(key);
    if (words === undefined) said.set(key, (words = fieldMessage(t, code)));
    return words;
  };
  return rows.map((row) => ({ ...row, errors: row.errors.map(say) }));
}
