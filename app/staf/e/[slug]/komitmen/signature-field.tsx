"use client";
import { useEffect, useRef, useState } from "react";
import SignaturePad, { type PointGroup } from "signature_pad";
import { useTranslations } from "next-intl";
import type { PadDrawing } from "./signing-draft";

/**
 * A signature pad (finger, stylus or mouse) whose drawing travels with the form as a PNG data URL in
 * a hidden field. The canvas is sized to its box and the screen's pixel ratio, so strokes stay sharp.
 * When the box changes (a tablet rotated, a window resized) the strokes are redrawn from their points,
 * scaled into the new box: nobody signs twice because the screen turned. A drawing restored from a
 * kept draft (`initial`) is drawn the same way, and `onChange` reports each change to be kept.
 */
export function SignatureField({
  name,
  label,
  initial = null,
  onChange,
}: {
  name: string;
  label: string;
  initial?: PadDrawing | null;
  /** `byDesk`: a stroke or a clearing, not the pad fitting itself to a new box. */
  onChange?: (drawing: PadDrawing | null, byDesk: boolean) => void;
}) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const padRef = useRef<SignaturePad | null>(null);
  const t = useTranslations("signing");
  const [dataUrl, setDataUrl] = useState(initial?.picture ?? "");
  const [ready, setReady] = useState(false);
  // Read once, when the pad is made: later renders must not redraw over what is being signed.
  const kept = useRef(initial);
  const report = useRef(onChange);
  useEffect(() => {
    report.current = onChange;
  });

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const pad = new SignaturePad(canvas, { penColor: "#0f172a", minWidth: 0.8, maxWidth: 2.6 });
    padRef.current = pad;
    // The box the strokes' points were drawn in (CSS pixels).
    let drawnIn = { width: 0, height: 0, ratio: 0 };
    const update = (byDesk: boolean) => {
      const picture = pad.isEmpty() ? "" : pad.toDataURL("image/png");
      setDataUrl(picture);
      report.current?.(picture ? { width: drawnIn.width, height: drawnIn.height, strokes: pad.toData(), picture } : null, byDesk);
    };
    const stroked = () => update(true);
    const drawScaled = (strokes: PointGroup[], from: { width: number; height: number }, to: { width: number; height: number }) => {
      // Scaled to fit the new box whole, proportions kept.
      const scale = Math.min(to.width / from.width, to.height / from.height);
      pad.fromData(strokes.map((stroke) => ({ ...stroke, points: stroke.points.map((p) => ({ ...p, x: p.x * scale, y: p.y * scale })) })));
    };
    const fit = () => {
      const ratio = Math.max(window.devicePixelRatio || 1, 1);
      const box = { width: canvas.offsetWidth, height: canvas.offsetHeight, ratio };
      // A pad with no box (hidden, or leaving the page) has nowhere to draw: keep the strokes as they are.
      if (box.width === 0 || box.height === 0) return;
      // Phones report a resize when the address bar slides away: the box is the same, keep the canvas.
      if (box.width === drawnIn.width && box.height === drawnIn.height && box.ratio === drawnIn.ratio) return;
      const strokes = pad.toData();
      canvas.width = box.width * ratio; // resizing a canvas wipes it…
      canvas.height = box.height * ratio;
      canvas.getContext("2d")?.scale(ratio, ratio);
      pad.clear();
      if (strokes.length > 0 && drawnIn.width > 0) drawScaled(strokes, drawnIn, box); // …so the strokes are drawn again
      drawnIn = box;
      update(false);
    };
    const restored = kept.current;
    if (restored && restored.strokes.length > 0) {
      fit();
      drawScaled(restored.strokes as PointGroup[], restored, drawnIn);
      // The picture the form held before the reload is sent as it was, so a retry of a commitment that
      // had already reached the server is the same request (its idempotency fingerprint matches).
      setDataUrl(restored.picture);
      report.current?.({ width: drawnIn.width, height: drawnIn.height, strokes: pad.toData(), picture: restored.picture }, false);
    } else fit();
    pad.addEventListener("endStroke", stroked);
    const resized = new ResizeObserver(fit);
    resized.observe(canvas);
    setReady(true);
    return () => {
      pad.removeEventListener("endStroke", stroked);
      resized.disconnect();
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
            onChange?.(null, true);
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
