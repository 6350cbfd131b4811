"use client";
import { useEffect, useRef, useState } from "react";
import SignaturePad from "signature_pad";
import { useTranslations } from "next-intl";

/**
 * A signature pad (finger, stylus or mouse) whose drawing travels with the form as a PNG data URL in
 * a hidden field. The canvas is sized to its box and the screen's pixel ratio, so strokes stay sharp.
 */
export function SignatureField({ name, label }: { name: string; label: string }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const padRef = useRef<SignaturePad | null>(null);
  const t = useTranslations("signing");
  const [dataUrl, setDataUrl] = useState("");
  const [ready, setReady] = useState(false);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const pad = new SignaturePad(canvas, { penColor: "#0f172a", minWidth: 0.8, maxWidth: 2.6 });
    padRef.current = pad;
    const fit = () => {
      const ratio = Math.max(window.devicePixelRatio || 1, 1);
      canvas.width = canvas.offsetWidth * ratio;
      canvas.height = canvas.offsetHeight * ratio;
      canvas.getContext("2d")?.scale(ratio, ratio);
      pad.clear(); // resizing wipes the canvas; the signer signs again
      setDataUrl("");
    };
    fit();
    const update = () => setDataUrl(pad.isEmpty() ? "" : pad.toDataURL("image/png"));
    pad.addEventListener("endStroke", update);
    window.addEventListener("resize", fit);
    setReady(true);
    return () => {
      pad.removeEventListener("endStroke", update);
      window.removeEventListener("resize", fit);
      pad.off();
    };
  }, []);

  return (
    <div>
      <div className="flex items-center justify-between">
        <span className="text-sm font-medium text-slate-700">{label}</span>
        <button
          type="button"
          onClick={() => {
            padRef.current?.clear();
            setDataUrl("");
          }}
          className="text-sm text-slate-600 underline"
        >
          {t("clear")}
        </button>
      </div>
      <canvas
        ref={canvasRef}
        aria-label={label}
        data-testid={`pad-${name}`}
        data-ready={ready}
        className="mt-1 h-40 w-full touch-none rounded-lg border-2 border-dashed border-slate-300 bg-white"
      />
      <input type="hidden" name={name} value={dataUrl} />
      <p className="mt-1 text-xs text-slate-500">{dataUrl ? t("signed") : t("signHere")}</p>
    </div>
  );
}
