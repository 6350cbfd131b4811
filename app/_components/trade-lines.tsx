"use client";
// A business's offers and needs for the business matching, listed and edited in place: on the staff's
// business page and on the representative's badge page, each with its own actions and hidden fields.
import { useEffect, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { ActionResult, ActionState } from "@/lib/kernel/outcome";
import { TRADE_LINE_KINDS, type TradeLineKindCode } from "@/lib/matching/lines";
import { abbreviateRupiah, formatRupiah, parseRupiah } from "@/lib/money/rupiah";
import { fieldMessage } from "@/lib/kernel/field-message";
import { ActionButton } from "./action-button";
import { buttonClass } from "./button";
import { FieldErrors, FormMessage, inputClass, labelClass, SelectField, SubmitButton, TextField, useActionForm } from "./form";

export interface LineRow {
  id: string;
  kind: TradeLineKindCode;
  commodity: string;
  sector: string;
  quantity: string | null;
  unit: string | null;
  /** Rupiah as a decimal string. */
  estimatedValue: string | null;
}

type FormAction = (previous: ActionState<{ id: string }>, formData: FormData) => Promise<ActionResult<{ id: string }>>;

interface Props {
  lines: LineRow[];
  sectors: string[];
  businessSector: string;
  side: "VISITING" | "HOST";
  /** Hidden fields every form sends: the mission and business, or the badge and its secret. */
  fields: Record<string, string>;
  saveAction: FormAction;
  removeAction: (previous: ActionState, formData: FormData) => Promise<ActionResult>;
  /** False once the mission no longer takes changes: the list is shown, not edited. */
  editable: boolean;
}

export function TradeLines({ lines, sectors, businessSector, side, fields, saveAction, removeAction, editable }: Props) {
  const t = useTranslations("matching");
  const locale = useLocale();
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <div className="space-y-3">
      {lines.length === 0 ? (
        <p className="text-sm text-slate-600">{t("noLines")}</p>
      ) : (
        <ul className="divide-y divide-slate-100" data-testid="trade-lines">
          {lines.map((line) =>
            editing === line.id ? (
              <li key={line.id} className="py-3">
                <LineForm {...{ sectors, businessSector, side, fields, saveAction }} line={line} onDone={() => setEditing(null)} />
              </li>
            ) : (
              <li key={line.id} className="flex flex-wrap items-start justify-between gap-2 py-2">
                <div>
                  <p>
                    <span className="mr-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs font-medium text-slate-700">{t(`kind${line.kind}`, { side })}</span>
                    <span className="font-medium">{line.commodity}</span>
                  </p>
                  <p className="text-sm text-slate-600">
                    {line.sector}
                    {line.quantity && ` · ${line.quantity.replace(".", locale === "id" ? "," : ".")} ${line.unit ?? ""}`}
                    {line.estimatedValue && ` · ${t("estimate", { value: formatRupiah(BigInt(line.estimatedValue), locale) })}`}
                  </p>
                </div>
                {editable && (
                  <div className="flex items-start gap-2">
                    <button type="button" onClick={() => setEditing(line.id)} className={buttonClass("plain", "sm")}>
                      {t("edit")}
                    </button>
                    <ActionButton action={removeAction} fields={{ ...fields, lineId: line.id }} pendingText={t("removing")} confirmText={t("removeConfirm")}>
                      {t("remove")}
                    </ActionButton>
                  </div>
                )}
              </li>
            ),
          )}
        </ul>
      )}
      {editable && (
        <details className="rounded-lg border border-slate-200 bg-slate-50 p-3" open={lines.length === 0}>
          <summary className="cursor-pointer font-medium">{t("addLine")}</summary>
          <div className="mt-3">
            <LineForm {...{ sectors, businessSector, side, fields, saveAction }} line={null} />
          </div>
        </details>
      )}
    </div>
  );
}

function LineForm({
  line,
  sectors,
  businessSector,
  side,
  fields,
  saveAction,
  onDone,
}: Omit<Props, "lines" | "removeAction" | "editable"> & { line: LineRow | null; onDone?: () => void }) {
  const t = useTranslations("matching");
  const tAll = useTranslations();
  const locale = useLocale();
  const { state, formProps } = useActionForm(saveAction);
  const initialValue = line?.estimatedValue ? formatRupiah(BigInt(line.estimatedValue), "id").replace(/^Rp/, "") : "";
  // The value as typed, for the preview under it; the field itself is the form's (reset after a save).
  const [value, setValue] = useState(initialValue);
  const parsed = value.trim() ? parseRupiah(value) : null;
  const prefix = line ? `line-${line.id}` : "line-new";
  useEffect(() => {
    if (state?.ok) onDone?.();
  }, [state, onDone]);
  return (
    <form
      {...formProps}
      onReset={() => setValue(initialValue)}
      className="space-y-3"
      aria-label={line ? t("editLine", { commodity: line.commodity }) : t("addLine")}
    >
      {Object.entries(fields).map(([name, v]) => (
        <input key={name} type="hidden" name={name} value={v} />
      ))}
      {line && <input type="hidden" name="lineId" value={line.id} />}
      <fieldset>
        <legend className={labelClass}>{t("kind")}</legend>
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-2">
          {TRADE_LINE_KINDS.map((kind) => (
            <label key={kind} className="flex min-h-11 items-center gap-2">
              <input type="radio" name="kind" value={kind} defaultChecked={(line?.kind ?? "OFFER") === kind} className="size-5" />
              {t(`kind${kind}`, { side })}
            </label>
          ))}
        </div>
        <FieldErrors state={state} name="kind" />
      </fieldset>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField state={state} id={`${prefix}-commodity`} name="commodity" label={t("commodity")} defaultValue={line?.commodity} required />
        <SelectField state={state} id={`${prefix}-sector`} name="sector" label={t("sector")} options={sectors} defaultValue={line?.sector ?? businessSector} />
        <div className="grid grid-cols-2 gap-3">
          <TextField
            state={state}
            id={`${prefix}-quantity`}
            name="quantity"
            label={t("volume")}
            defaultValue={line?.quantity?.replace(".", ",") ?? ""}
            inputMode="decimal"
          />
          <TextField state={state} id={`${prefix}-unit`} name="unit" label={t("unit")} defaultValue={line?.unit ?? ""} placeholder="ton, kg, unit" />
        </div>
        <div>
          <label htmlFor={`${prefix}-value`} className={labelClass}>
            {t("estimatedValue")}
          </label>
          <input
            id={`${prefix}-value`}
            name="estimatedValue"
            defaultValue={initialValue}
            onChange={(e) => setValue(e.target.value)}
            autoComplete="off"
            className={inputClass}
            placeholder="1,2 miliar"
          />
          <p className="mt-1 min-h-5 text-sm text-slate-600" aria-live="polite">
            {parsed?.ok
              ? `${formatRupiah(parsed.value, locale)} (${abbreviateRupiah(parsed.value, { locale })})`
              : parsed
                ? fieldMessage(tAll, parsed.error)
                : t("valueHint")}
          </p>
          <FieldErrors state={state} name="estimatedValue" />
        </div>
      </div>
      <FormMessage state={state} />
      <div className="flex gap-2">
        <SubmitButton pendingText={t("saving")}>{line ? t("saveLine") : t("addLine")}</SubmitButton>
        {onDone && (
          <button type="button" onClick={onDone} className={buttonClass("plain")}>
            {t("cancel")}
          </button>
        )}
      </div>
    </form>
  );
}
