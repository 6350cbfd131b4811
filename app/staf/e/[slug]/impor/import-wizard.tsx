"use client";
import Link from "next/link";
import { useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { inputClass, labelClass } from "@/app/_components/form";
import type { ActionResult } from "@/lib/kernel/outcome";
import { MAX_UPLOAD_BYTES } from "@/lib/http/upload-limits";
import { BUSINESS_FIELDS } from "@/lib/businesses/fields";
import type { ColumnMapping, DescribedPreview } from "@/lib/businesses/import";

type Commit = ActionResult<{ imported: number; skipped: number }>;

export function ImportWizard({ slug, sides }: { slug: string; sides: { code: string; shortName: string; province: string }[] }) {
  const t = useTranslations("import");
  const tField = useTranslations("fieldErrors");
  const [side, setSide] = useState(sides[0]?.code ?? "");
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<DescribedPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [outcome, setOutcome] = useState<Commit | null>(null);
  const [overQuotaReason, setOverQuotaReason] = useState("");
  const fileInput = useRef<HTMLInputElement>(null);

  function body(mode: "preview" | "commit", chosen: File, sideCode: string, mapping?: ColumnMapping) {
    const data = new FormData();
    data.set("file", chosen);
    data.set("side", sideCode);
    data.set("mode", mode);
    if (mapping) data.set("mapping", JSON.stringify(mapping));
    if (mode === "commit" && overQuotaReason.trim()) data.set("overQuotaReason", overQuotaReason.trim());
    return data;
  }

  async function runPreview(chosen: File, sideCode: string, mapping?: ColumnMapping) {
    setBusy(true);
    setError(null);
    setOutcome(null);
    try {
      const response = await fetch(`/api/events/${slug}/businesses/import`, { method: "POST", body: body("preview", chosen, sideCode, mapping) });
      const result = await response.json();
      if (!response.ok || !result.ok) {
        setPreview(null);
        // A file the server could not read says why on its field; anything else in the message.
        setError(Object.values<string[]>(result.fieldErrors ?? {}).flat()[0] ?? result.message ?? t("previewFailed"));
      } else setPreview(result.data);
    } catch {
      setError(t("network"));
    } finally {
      setBusy(false);
    }
  }

  async function runCommit() {
    if (!file || !preview) return;
    setBusy(true);
    setError(null);
    setProgress({ done: 0, total: preview.valid });
    try {
      const response = await fetch(`/api/events/${slug}/businesses/import`, { method: "POST", body: body("commit", file, side, preview.mapping) });
      if (!response.ok || !response.body) {
        const result = await response.json().catch(() => ({}));
        throw new Error(result.message ?? t("importFailed"));
      }
      // NDJSON: progress lines while rows are inserted, then the outcome.
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = "";
      let final: Commit | null = null;
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        const lines = buffer.split("\n");
        buffer = lines.pop() ?? "";
        for (const line of lines.filter(Boolean)) {
          const message = JSON.parse(line);
          if (message.type === "progress") setProgress({ done: message.done, total: message.total });
          if (message.type === "done") final = message.result;
        }
      }
      if (!final) throw new Error(t("cutOff"));
      setOutcome(final);
      if (final.ok) {
        setPreview(null);
        setFile(null);
        if (fileInput.current) fileInput.current.value = "";
      }
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }

  return (
    <div className="space-y-5">
      <div className="grid gap-4 rounded-xl border border-slate-200 bg-white p-5 sm:grid-cols-2">
        <fieldset>
          <legend className={labelClass}>{t("forSide")}</legend>
          <div className="mt-1 flex gap-4">
            {sides.map((s) => (
              <label key={s.code} className="flex items-center gap-2">
                <input
                  type="radio"
                  name="side"
                  value={s.code}
                  checked={side === s.code}
                  onChange={() => {
                    setSide(s.code);
                    if (file) void runPreview(file, s.code, preview?.mapping);
                  }}
                  className="size-4"
                />
                {s.shortName} ({s.province})
              </label>
            ))}
          </div>
        </fieldset>
        <div>
          <label htmlFor="import-file" className={labelClass}>
            {t("file")}
          </label>
          <input
            id="import-file"
            ref={fileInput}
            type="file"
            accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            disabled={busy}
            onChange={(e) => {
              const chosen = e.target.files?.[0] ?? null;
              setPreview(null);
              setOutcome(null);
              // Over the limit is said here, before ten megabytes travel to be refused.
              if (chosen && chosen.size > MAX_UPLOAD_BYTES) {
                setFile(null);
                setError(tField("fileTooLarge"));
                return;
              }
              setFile(chosen);
              if (chosen) void runPreview(chosen, side);
            }}
            className="mt-1 block w-full text-sm"
          />
        </div>
      </div>

      {error && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-red-800">
          {error}
        </p>
      )}
      {outcome && (
        <p
          role={outcome.ok ? "status" : "alert"}
          className={`rounded-md px-3 py-2 ${outcome.ok ? "bg-emerald-50 text-emerald-800" : "bg-red-50 text-red-800"}`}
          data-testid="import-outcome"
        >
          {outcome.message}{" "}
          {outcome.ok && (
            <Link href={`/staf/e/${slug}/pelaku-usaha`} className="font-medium underline">
              {t("viewList")}
            </Link>
          )}
        </p>
      )}
      {busy && !progress && <p className="text-slate-600">{t("reading")}</p>}
      {progress && (
        <div className="space-y-1" data-testid="import-progress">
          <div
            className="h-3 overflow-hidden rounded-full bg-slate-200"
            role="progressbar"
            aria-valuemin={0}
            aria-valuemax={progress.total}
            aria-valuenow={progress.done}
          >
            <div className="h-full bg-brand-600 transition-all" style={{ width: `${(progress.done / Math.max(1, progress.total)) * 100}%` }} />
          </div>
          <p className="text-sm text-slate-600">{t("saving", { done: progress.done, total: progress.total })}</p>
        </div>
      )}

      {preview && file && (
        <div className="space-y-4">
          <section className="rounded-xl border border-slate-200 bg-white p-5" aria-labelledby="mapping-heading">
            <h2 id="mapping-heading" className="font-semibold">
              {t("columns")}
            </h2>
            <p className="text-sm text-slate-600">{t("remembered")}</p>
            <div className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
              {BUSINESS_FIELDS.map((field) => (
                <div key={field.key}>
                  <label htmlFor={`map-${field.key}`} className={labelClass}>
                    {field.label}
                    {field.required ? " *" : ""}
                  </label>
                  <select
                    id={`map-${field.key}`}
                    value={preview.mapping[field.key] ?? ""}
                    disabled={busy}
                    onChange={(e) => void runPreview(file, side, { ...preview.mapping, [field.key]: e.target.value === "" ? null : Number(e.target.value) })}
                    className={inputClass}
                  >
                    <option value="">{t("noColumn")}</option>
                    {preview.headers.map((header, i) => (
                      <option key={i} value={i}>
                        {header || t("column", { n: i + 1 })}
                      </option>
                    ))}
                  </select>
                </div>
              ))}
            </div>
          </section>

          <section className="space-y-3" aria-labelledby="preview-heading">
            <h2 id="preview-heading" className="font-semibold">
              {t("preview", { file: preview.fileName })}
            </h2>
            <p data-testid="import-summary">
              {t.rich("summary", {
                total: preview.total,
                valid: preview.valid,
                invalid: preview.invalid,
                side: preview.side.shortName,
                registered: preview.side.registered,
                quota: preview.side.quota,
                ok: (chunks) => <strong className="text-emerald-700">{chunks}</strong>,
                bad: (chunks) => <strong className="text-red-700">{chunks}</strong>,
              })}
            </p>
            {preview.unmapped.length > 0 && (
              <p className="rounded-md bg-amber-50 px-3 py-2 text-amber-900">{t("unmapped", { fields: preview.unmapped.join(", ") })}</p>
            )}
            <div className="max-h-[28rem] overflow-auto rounded-xl border border-slate-200 bg-white">
              <table className="w-full text-left text-sm" data-testid="preview-table">
                <thead className="sticky top-0 bg-slate-50 text-slate-600">
                  <tr>
                    <th className="px-3 py-2">{t("line")}</th>
                    <th className="px-3 py-2">{t("name")}</th>
                    <th className="px-3 py-2">{t("representative")}</th>
                    <th className="px-3 py-2">{t("matchingLines")}</th>
                    <th className="px-3 py-2">{t("remarks")}</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.rows.map((row) => (
                    <tr
                      key={row.line}
                      className={`border-t border-slate-100 ${row.errors.length ? "bg-red-50/60" : ""}`}
                      data-testid={`preview-line-${row.line}`}
                    >
                      <td className="px-3 py-1.5">{row.line}</td>
                      <td className="px-3 py-1.5">{row.values.name}</td>
                      <td className="px-3 py-1.5">{row.values.representative}</td>
                      <td className="px-3 py-1.5 text-slate-600">{[row.values.offer, row.values.need, row.values.investment].filter(Boolean).join(" · ")}</td>
                      <td className="px-3 py-1.5">
                        {row.errors.length ? (
                          <ul className="text-red-800">
                            {row.errors.map((e) => (
                              <li key={e}>{e}</li>
                            ))}
                          </ul>
                        ) : (
                          <span className="text-emerald-700">{t("valid")}</span>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {preview.valid > preview.rows.filter((r) => !r.errors.length).length && <p className="text-sm text-slate-500">{t("moreValid")}</p>}
            {outcome && !outcome.ok && outcome.code === "IMPORT_OVER_QUOTA" && (
              <div className="max-w-xl">
                <label htmlFor="over-quota-reason" className={labelClass}>
                  {t("overQuotaReason")}
                </label>
                <input id="over-quota-reason" value={overQuotaReason} onChange={(e) => setOverQuotaReason(e.target.value)} className={inputClass} />
              </div>
            )}
            <button
              type="button"
              disabled={busy || preview.valid === 0}
              onClick={() => void runCommit()}
              className="rounded-md bg-brand-700 px-5 py-2.5 font-medium text-white hover:bg-brand-800 disabled:opacity-50"
            >
              {t("import", { count: preview.valid })}
            </button>
          </section>
        </div>
      )}
    </div>
  );
}
