"use client";
import { useState } from "react";

/** Copies a text (the press paragraph) to the clipboard, and says so. */
export function CopyButton({ text, label, done }: { text: string; label: string; done: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      onClick={async () => {
        await navigator.clipboard.writeText(text);
        setCopied(true);
      }}
      className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800 print:hidden"
      data-testid="copy-press"
    >
      <span aria-live="polite">{copied ? done : label}</span>
    </button>
  );
}
