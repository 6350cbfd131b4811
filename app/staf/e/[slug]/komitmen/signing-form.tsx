"use client";
import { buttonClass } from "@/app/_components/button";
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { FieldErrors, FormMessage, inputClass, labelClass, SelectField, TextField, useActionForm } from "@/app/_components/form";
import { newIdempotencyKey } from "@/lib/commitments/new-key";
import { fieldMessage } from "@/lib/kernel/field-message";
import {
  CATEGORIES,
  checkSigningOffline,
  exceedsCeiling,
  INSTRUMENTS,
  RECURRENCES,
  type Category,
  type InstrumentCode,
  type RecurrenceCode,
} from "@/lib/commitments/rules";
import { abbreviateRupiah, amountInWords, formatRupiah, parseRupiah } from "@/lib/money/rupiah";
import { categoryLabel } from "@/lib/totals/labels";
import { completeDraftAction, recordCommitmentAction, replaceCommitmentAction } from "./actions";
import { BusinessPicker, type Picked } from "./business-picker";
import { periodPhrase } from "@/lib/commitments/recurrence";
import { SignatureField } from "./signature-field";
import { discardSigningDraft, draftScope, loadSigningDraft, saveSigningDraft, type SigningDraft } from "./signing-draft";
import { enqueue } from "@/app/_offline/outbox";
import { QueuedSigning } from "./queued-signing";

interface Side {
  code: string;
  shortName: string;
  province: string;
}

export interface SigningInitial {
  visiting: Picked;
  host: Picked;
  category: Category;
  commodity: string;
  sector: string;
  quantity: string;
  unit: string;
  instrument: InstrumentCode;
  value: string;
  recurrence: RecurrenceCode;
  recurrenceYears: string;
}

export type SigningMode =
  /** A new commitment; from a business-matching meeting, with its two parties and what they matched on filled in. */
  | { kind: "new"; fromMeeting?: { meetingId: string; initial: SigningInitial } }
  | { kind: "draft"; commitmentId: string; initial: SigningInitial }
  | { kind: "replace"; commitmentId: string; initial: SigningInitial };

interface Props {
  slug: string;
  visiting: Side;
  host: Side;
  sectors: string[];
  /** The mission's value ceiling in rupiah (a decimal string): its own, or the default. */
  ceiling: string;
  mode: SigningMode;
  initialKey: string;
}

/** The form's own fields a kept draft restores. The two confirmations are not kept: they are ticked again, at the table. */
const KEPT_FIELDS = [
  "category",
  "commodity",
  "sector",
  "quantity",
  "unit",
  "instrument",
  "value",
  "recurrence",
  "recurrenceYears",
  "visitingSignerName",
  "hostSignerName",
  "reason",
];

/** What a new form has chosen before the desk chooses anything: a form holding only these holds nothing to keep. */
const PRESET = { instrument: "MOU", recurrence: "ONE_OFF" } as const satisfies { instrument: InstrumentCode; recurrence: RecurrenceCode };

/** Whether a field holds what a new form has chosen for it. */
function isPreset(name: string, value: string): boolean {
  return (name === "instrument" || name === "recurrence") && PRESET[name] === value;
}

/**
 * Each recorded commitment starts a fresh form (and a fresh idempotency key). A half-filled form is
 * kept on the tablet (signing-draft.ts) and comes back, key included, after a reload or a back.
 */
export function SigningDesk(props: Props) {
  const scope = draftScope(
    props.slug,
    props.mode.kind !== "new" ? props.mode.commitmentId : props.mode.fromMeeting ? `meeting-${props.mode.fromMeeting.meetingId}` : undefined,
  );
  const [round, setRound] = useState<{ n: number; key: string; draft: SigningDraft | null }>({ n: 0, key: props.initialKey, draft: null });
  useEffect(() => {
    // sessionStorage exists only in the browser: the server's page is the empty form, then the kept one replaces it.
    const draft = loadSigningDraft(scope);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- read once after hydration, from storage React does not see
    if (draft) setRound((r) => ({ n: r.n + 1, key: draft.idempotencyKey, draft }));
    // A page the service worker kept opens offline with the key it was rendered with, which an earlier
    // signing may have used: the form takes a key of its own (the fields stay as typed).
    else setRound((r) => ({ ...r, key: newIdempotencyKey() }));
  }, [scope]);
  const fresh = () => {
    discardSigningDraft(scope);
    setRound((r) => ({ n: r.n + 1, key: newIdempotencyKey(), draft: null }));
  };
  return <SigningForm key={round.n} {...props} scope={scope} draft={round.draft} idempotencyKey={round.key} onNext={fresh} />;
}

function SigningForm({
  slug,
  visiting,
  host,
  sectors,
  ceiling,
  mode,
  scope,
  draft,
  idempotencyKey,
  onNext,
}: Omit<Props, "initialKey"> & { scope: string; draft: SigningDraft | null; idempotencyKey: string; onNext: () => void }) {
  const action = mode.kind === "new" ? recordCommitmentAction : mode.kind === "draft" ? completeDraftAction : replaceCommitmentAction;
  const t = useTranslations("signing");
  const instruments = useTranslations("instruments");
  const recurrences = useTranslations("recurrences");
  const tAll = useTranslations();
  const locale = useLocale();
  const rupiah = (v: bigint) => formatRupiah(v, locale);
  // A new signing made without a network waits on the tablet (the outbox) and is sent when it returns.
  const [queued, setQueued] = useState<string | null>(null);
  const keepOffline = async (_prev: unknown, data: FormData) => {
    const body: Record<string, string | boolean> = {};
    for (const [name, entry] of data) if (typeof entry === "string" && name !== "slug" && !name.startsWith("$")) body[name] = entry;
    body.deskConfirmed = body.deskConfirmed === "1";
    body.confirmAboveCeiling = body.confirmAboveCeiling === "1";
    const fieldErrors = checkSigningOffline(body, BigInt(ceiling));
    if (Object.keys(fieldErrors).length) {
      const messages = Object.fromEntries(Object.entries(fieldErrors).map(([field, codes]) => [field, codes.map((code) => fieldMessage(tAll, code))]));
      return { ok: false as const, code: "INVALID" as const, message: tAll("failures.INVALID"), fieldErrors: messages };
    }
    const amount = parseRupiah(String(body.value));
    const parties = [kept.current.visiting?.name, kept.current.host?.name].filter(Boolean).join(" ↔ ");
    await enqueue({
      key: idempotencyKey,
      slug,
      kind: "commitment",
      label: `${parties}${amount.ok ? ` · ${rupiah(amount.value)}` : ""}${body.intent === "draft" ? ` · ${t("draftLabel")}` : ""}`,
      body,
    });
    discardSigningDraft(scope);
    setQueued(idempotencyKey);
    return null;
  };
  const { state, pending, formProps } = useActionForm(action, { whenOffline: mode.kind === "new" ? keepOffline : undefined });
  const initial = mode.kind === "new" ? (mode.fromMeeting?.initial ?? null) : mode.initial;
  // What the form starts with: the kept draft over the server's values.
  const start = (name: keyof SigningInitial | "visitingSignerName" | "hostSignerName" | "reason") =>
    draft?.fields[name] ?? (initial && name in initial ? String(initial[name as keyof SigningInitial]) : undefined);
  const [value, setValue] = useState(start("value") ?? "");
  const [recurrence, setRecurrence] = useState<RecurrenceCode>((start("recurrence") as RecurrenceCode | undefined) ?? PRESET.recurrence);
  const kept = useRef<SigningDraft>(
    draft ?? {
      idempotencyKey,
      savedAt: 0,
      fields: {},
      visiting: initial?.visiting ?? null,
      host: initial?.host ?? null,
      visitingSignature: null,
      hostSignature: null,
    },
  );
  // Kept from the desk's first change on (a restored draft is already one): a pad fitting itself to
  // the screen as the page opens must not write an empty form over the draft about to be restored.
  const touched = useRef(draft !== null);
  const keep = (change: Partial<SigningDraft>, byDesk: boolean) => {
    const form = formProps.ref.current;
    // A form leaving the page (the desk navigated away) has nothing new to say.
    if (!form?.isConnected) return;
    const fields: Record<string, string> = {};
    const data = new FormData(form);
    for (const name of KEPT_FIELDS) {
      const entry = data.get(name);
      if (typeof entry === "string" && entry !== "") fields[name] = entry;
    }
    const next = { ...kept.current, ...change, idempotencyKey, fields, savedAt: Date.now() };
    kept.current = next;
    touched.current ||= byDesk;
    if (!touched.current) return;
    // Typing in a business search changes the form but fills nothing: with only the preset choices
    // there is nothing to keep (a kept "draft" would come back over the search being typed).
    const blank =
      Object.entries(fields).every(([name, entry]) => isPreset(name, entry)) && !next.visiting && !next.host && !next.visitingSignature && !next.hostSignature;
    if (blank && mode.kind === "new") discardSigningDraft(scope);
    else saveSigningDraft(scope, next);
  };
  useEffect(() => {
    if (state?.ok) discardSigningDraft(scope);
  }, [state, scope]);
  const discard = () => {
    if (window.confirm(t("discardConfirm"))) onNext();
  };
  const parsed = value.trim() ? parseRupiah(value) : null;
  const aboveCeiling = parsed?.ok ? exceedsCeiling(parsed.value, BigInt(ceiling)) : false;

  if (queued) return <QueuedSigning slug={slug} itemKey={queued} onNext={onNext} />;

  if (state?.ok) {
    return (
      <div className="space-y-3 rounded-xl border-2 border-emerald-300 bg-emerald-50 p-5 text-emerald-900" data-testid="signing-done">
        <p className="text-lg font-semibold">{state.message}</p>
        <p>
          {t("valueLine", { value: rupiah(BigInt(state.data.value)) })} <span className="font-mono">{state.data.verificationCode}</span>
        </p>
        <div className="flex flex-wrap gap-4 text-sm font-medium">
          <Link href={`/staf/e/${slug}/komitmen/${state.data.id}`} className="underline">
            {t("view")}
          </Link>
          {state.data.status === "SIGNED" && (
            <a href={`/api/events/${slug}/commitments/${state.data.id}/letter`} className="underline">
              {t("letter")}
            </a>
          )}
          <Link href={`/verify/${state.data.verificationCode}`} className="underline">
            {t("verifyPage")}
          </Link>
          {mode.kind === "new" && (
            <button type="button" onClick={onNext} className={buttonClass("primary", "sm")}>
              {t("next")}
            </button>
          )}
        </div>
      </div>
    );
  }

  return (
    <form {...formProps} onChange={() => keep({}, true)} className="space-y-6">
      {draft && (
        <div
          role="status"
          className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-sky-300 bg-sky-50 p-4 text-sky-900"
          data-testid="draft-restored"
        >
          <p>{t("draftRestored", { time: new Date(draft.savedAt).toLocaleTimeString(locale, { hour: "2-digit", minute: "2-digit" }) })}</p>
          <button type="button" onClick={discard} className="text-sm font-medium underline">
            {t("discard")}
          </button>
        </div>
      )}
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      {mode.kind !== "new" && <input type="hidden" name="commitmentId" value={mode.commitmentId} />}
      {mode.kind === "new" && mode.fromMeeting && <input type="hidden" name="meetingId" value={mode.fromMeeting.meetingId} />}
      <FieldErrors state={state} name="meetingId" />

      <section className="grid gap-4 rounded-xl border border-slate-200 bg-white p-5 md:grid-cols-2">
        <div>
          <p className={labelClass}>{t("businessOf", { side: visiting.shortName, province: visiting.province })}</p>
          <BusinessPicker
            slug={slug}
            side={visiting.code}
            name="visitingBusinessId"
            label={t("findBusiness", { side: visiting.shortName })}
            initial={draft ? draft.visiting : initial?.visiting}
            onChange={(picked) => keep({ visiting: picked }, true)}
          />
          <FieldErrors state={state} name="visitingBusinessId" />
        </div>
        <div>
          <p className={labelClass}>{t("businessOf", { side: host.shortName, province: host.province })}</p>
          <BusinessPicker
            slug={slug}
            side={host.code}
            name="hostBusinessId"
            label={t("findBusiness", { side: host.shortName })}
            initial={draft ? draft.host : initial?.host}
            onChange={(picked) => keep({ host: picked }, true)}
          />
          <FieldErrors state={state} name="hostBusinessId" />
        </div>
      </section>

      <section className="space-y-4 rounded-xl border border-slate-200 bg-white p-5">
        <fieldset>
          <legend className={labelClass}>{t("category")}</legend>
          <div className="mt-1 flex flex-wrap gap-4">
            {CATEGORIES.map((category) => (
              <label key={category} className="flex items-center gap-2">
                <input type="radio" name="category" value={category} defaultChecked={start("category") === category} required className="size-4" />
                {categoryLabel(category, visiting.shortName, locale)}
              </label>
            ))}
          </div>
          <FieldErrors state={state} name="category" />
        </fieldset>
        <div className="grid gap-4 md:grid-cols-2">
          <TextField state={state} name="commodity" label={t("commodity")} defaultValue={start("commodity")} required />
          <SelectField
            state={state}
            name="sector"
            label={t("sector")}
            placeholder={t("chooseSector")}
            options={sectors}
            defaultValue={start("sector") ?? ""}
            required
          />
          <div className="grid grid-cols-2 gap-3">
            <TextField state={state} name="quantity" label={t("quantity")} defaultValue={start("quantity")} inputMode="decimal" />
            <TextField state={state} name="unit" label={t("unit")} defaultValue={start("unit")} placeholder="ton, kg, unit" />
          </div>
          <fieldset>
            <legend className={labelClass}>{t("instrument")}</legend>
            <div className="mt-1 space-y-1">
              {INSTRUMENTS.map((code) => (
                <label key={code} className="flex items-center gap-2 text-sm">
                  <input type="radio" name="instrument" value={code} defaultChecked={(start("instrument") ?? PRESET.instrument) === code} className="size-4" />
                  {instruments(code)}
                </label>
              ))}
            </div>
            <FieldErrors state={state} name="instrument" />
          </fieldset>
        </div>
        <div>
          <label htmlFor="value" className={labelClass}>
            {t("value")}
          </label>
          <input
            id="value"
            name="value"
            value={value}
            onChange={(e) => setValue(e.target.value)}
            required
            autoComplete="off"
            className={`${inputClass} text-xl`}
          />
          <div aria-live="polite" className="mt-2 min-h-14 rounded-md bg-slate-50 px-3 py-2" data-testid="value-preview">
            {parsed?.ok ? (
              <>
                <p className="text-2xl font-bold">
                  {rupiah(parsed.value)}
                  {recurrence !== "ONE_OFF" && ` ${periodPhrase(recurrences, recurrence, null)}`}
                </p>
                <p className="text-sm text-slate-600">
                  {abbreviateRupiah(parsed.value, { locale })} · {amountInWords(parsed.value, locale)}
                </p>
              </>
            ) : parsed ? (
              <p className="text-red-700">{fieldMessage(tAll, parsed.error)}</p>
            ) : (
              <p className="text-sm text-slate-500">{t("valueHint")}</p>
            )}
          </div>
          <FieldErrors state={state} name="value" />
          <div className="mt-3 flex flex-wrap items-end gap-4">
            <fieldset>
              <legend className={labelClass}>{t("recurrence")}</legend>
              <div className="mt-1 flex flex-wrap gap-4">
                {RECURRENCES.map((code) => (
                  <label key={code} className="flex items-center gap-2">
                    <input type="radio" name="recurrence" value={code} checked={recurrence === code} onChange={() => setRecurrence(code)} className="size-4" />
                    {recurrences(code)}
                  </label>
                ))}
              </div>
            </fieldset>
            {recurrence !== "ONE_OFF" && (
              <div className="w-44">
                <TextField state={state} name="recurrenceYears" label={t("recurrenceYears")} defaultValue={start("recurrenceYears")} inputMode="numeric" />
              </div>
            )}
          </div>
          {recurrence !== "ONE_OFF" && <p className="mt-1 text-sm text-slate-600">{t("recurrenceHint")}</p>}
          <FieldErrors state={state} name="recurrence" />
          {aboveCeiling && (
            <label className="mt-2 flex items-start gap-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-900">
              <input type="checkbox" name="confirmAboveCeiling" value="1" className="mt-1 size-4" />
              <span>
                {t("aboveCeiling", { ceiling: rupiah(BigInt(ceiling)) })} <strong>{parsed?.ok ? rupiah(parsed.value) : ""}</strong>.
              </span>
            </label>
          )}
          <FieldErrors state={state} name="confirmAboveCeiling" />
        </div>
      </section>

      {mode.kind === "replace" && (
        <section className="rounded-xl border border-red-200 bg-white p-5">
          <TextField state={state} name="reason" label={t("replaceReason")} defaultValue={start("reason")} required minLength={5} />
        </section>
      )}

      <section className="space-y-4 rounded-xl border border-slate-200 bg-white p-5">
        <h2 className="font-semibold">{t("signatures")}</h2>
        <div className="grid gap-6 md:grid-cols-2">
          {[
            { prefix: "visiting" as const, side: visiting },
            { prefix: "host" as const, side: host },
          ].map(({ prefix, side }) => (
            <div key={prefix} className="space-y-2">
              <TextField
                state={state}
                name={`${prefix}SignerName`}
                label={t("signerName", { side: side.shortName })}
                defaultValue={start(`${prefix}SignerName`)}
              />
              <SignatureField
                name={`${prefix}Signature`}
                label={t("signature", { side: side.shortName })}
                initial={draft?.[`${prefix}Signature`]}
                onChange={(drawing, byDesk) => keep({ [`${prefix}Signature`]: drawing }, byDesk)}
              />
              <FieldErrors state={state} name={`${prefix}Signature`} />
            </div>
          ))}
        </div>
        <label className="flex items-start gap-2">
          <input type="checkbox" name="deskConfirmed" value="1" className="mt-1 size-4" />
          <span>{t("witnessed")}</span>
        </label>
        <FieldErrors state={state} name="deskConfirmed" />
      </section>

      <FormMessage state={state} />
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="intent" value="sign" disabled={pending} className={buttonClass()}>
          {pending ? t("saving") : t("sign")}
        </button>
        <button
          type="submit"
          name="intent"
          value="draft"
          formNoValidate
          disabled={pending}
          className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50 disabled:opacity-60"
        >
          {t("draft")}
        </button>
        <button type="button" onClick={discard} disabled={pending} className="px-2 py-2 text-sm font-medium text-slate-600 underline disabled:opacity-60">
          {t("discard")}
        </button>
      </div>
    </form>
  );
}
