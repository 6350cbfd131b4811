"use client";
import { buttonClass } from "@/app/_components/button";

export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className={`${buttonClass("primary", "sm")} print:hidden`}>
      {label}
    </button>
  );
}
