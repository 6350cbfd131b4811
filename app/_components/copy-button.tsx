"use client";
import { buttonClass } from "@/app/_components/button";
import { useState } from "react";

/**
 * Copies a text (the press paragraph) to the clipboard, and says so. Where the browser refuses (plain
 * http on a venue network), it selects the element `selectId` instead, for a manual copy.
 */
export function CopyButton({ text, selectId, label, done, failed }: { text: string; selectId: string; label: string; done: string; failed: string }) {
  const [state, setState] = useState<"idle" | "done" | "failed">("idle");
  return (
    <button
      type="button"
      onClick={async () => {
        try {
          await navigator.clipboard.writeText(text);
          setState("done");
        } catch {
          const target = document.getElementById(selectId);
          if (target) window.getSelection()?.selectAllChildren(target);
          setState("failed");
        }
      }}
      className={`${buttonClass("primary", "sm")} print:hidden`}
      data-testid="copy-press"
    >
      <span aria-live="polite">{state === "done" ? done : state === "failed" ? failed : label}</span>
    </button>
  );
}
