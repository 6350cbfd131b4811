"use client";
import { useEffect, useRef, useState } from "react";
import SignaturePad from "signature_pad";
import { useTranslations } from "next-intl";

/**
 * A signature pad (finger, stylus or mouse) whose drawing travels with the form as a PNG data URL in
 * a hidden field. The canvas is sized to its box and the screen's pixel ratio, so strokes stay sharp.
 * When the box changes (a tablet rotated, a window resized) the strokes are redrawn from their points,
 * scaled into the new box: nobody signs twice because the screen turned.
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
    const update = () => setDataUrl(pad.isEmpty() ? "" : pad.toDataURL("image/png"));
    // The box the strokes' points were drawn in (CSS pixels).
    let drawnIn = { width: 0, height: 0, ratio: 0 };
    const fit = () => {
      const ratio = Math.max(window.devicePixelRatio || 1, 1);
      const box = { width: canvas.offsetWidth, height: canvas.offsetHeight, ratio };
      // Phones report a resize when the address bar slides away: the box is the same, keep the canvas.
      if (box.width === drawnIn.width && box.height === drawnIn.height && box.ratio === drawnIn.ratio) return;
      const strokes = pad.toData();
      canvas.width = box.width * ratio; // resizing a canvas wipes it…
      canvas.height = box.height * ratio;
      canvas.getContext("2d")?.scale(ratio, ratio);
      pad.clear();
      if (strokes.length > 0 && drawnIn.width > 0) {
        // …so the strokes are drawn again, scaled to fit the new box whole, proportions kept.
        const scale = Math.min(box.width / drawnIn.width, box.height / drawnIn.height);
        pad.fromData(strokes.map((stroke) => ({ ...stroke, points: stroke.points.map((p) => ({ ...p, x: p.x * scale, y: p.y * scale })) })));
      }
      drawnIn = box;
      update();
    };
    fit();
    pad.addEventListener("endStroke", update);
    const resized = new ResizeObserver(fit);
    resized.observe(canvas);
    setReady(true);
    return () => {
      pad.removeEventListener("endStroke", update);
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
