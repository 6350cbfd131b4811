"use client";
import jsQR from "jsqr";
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";

const SAME_CODE_PAUSE_MS = 3000;

/**
 * Reads badge QR codes from the device camera (a tablet's back camera at the desk). A badge held in
 * front of it is read once; the same code is ignored for a few seconds, so it is not checked in twice.
 */
export function CameraScanner({ onCode }: { onCode: (code: string) => void }) {
  const t = useTranslations("checkIn");
  const [on, setOn] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const videoRef = useRef<HTMLVideoElement>(null);
  const onCodeRef = useRef(onCode);
  useEffect(() => {
    onCodeRef.current = onCode;
  }, [onCode]);

  useEffect(() => {
    if (!on) return;
    let stream: MediaStream | null = null;
    let frame = 0;
    let last = { code: "", at: 0 };
    const canvas = document.createElement("canvas");
    const context = canvas.getContext("2d", { willReadFrequently: true });

    const scan = () => {
      const video = videoRef.current;
      if (video && context && video.readyState >= video.HAVE_ENOUGH_DATA) {
        canvas.width = video.videoWidth;
        canvas.height = video.videoHeight;
        context.drawImage(video, 0, 0);
        const found = jsQR(context.getImageData(0, 0, canvas.width, canvas.height).data, canvas.width, canvas.height, { inversionAttempts: "dontInvert" });
        const now = Date.now();
        if (found?.data && (found.data !== last.code || now - last.at > SAME_CODE_PAUSE_MS)) {
          last = { code: found.data, at: now };
          onCodeRef.current(found.data);
        }
      }
      frame = requestAnimationFrame(scan);
    };

    navigator.mediaDevices
      ?.getUserMedia({ video: { facingMode: "environment" }, audio: false })
      .then((media) => {
        stream = media;
        if (videoRef.current) {
          videoRef.current.srcObject = media;
          void videoRef.current.play();
        }
        frame = requestAnimationFrame(scan);
      })
      .catch((reason: Error) => {
        setError(reason.name === "NotAllowedError" ? t("cameraDenied") : t("cameraUnavailable"));
        setOn(false);
      });
    if (!navigator.mediaDevices) {
      queueMicrotask(() => {
        setError(t("cameraHttps"));
        setOn(false);
      });
    }
    return () => {
      cancelAnimationFrame(frame);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [on, t]);

  return (
    <div className="space-y-2">
      <button
        type="button"
        onClick={() => {
          setError(null);
          setOn((v) => !v);
        }}
        className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50"
      >
        {on ? t("cameraOff") : t("cameraOn")}
      </button>
      {on && <video ref={videoRef} muted playsInline className="aspect-video w-full rounded-lg bg-black object-cover" />}
      {error && <p className="text-sm text-red-700">{error}</p>}
    </div>
  );
}
