// How a button (or a link that acts as one) looks, in one place. Plain module: server and client components use it.
const TONES = {
  primary: "bg-brand-700 text-white hover:bg-brand-800",
  danger: "bg-red-700 text-white hover:bg-red-800",
  plain: "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50",
} as const;
const SIZES = { sm: "px-3 py-1.5", md: "px-4 py-2" } as const;

export type ButtonTone = keyof typeof TONES;

export function buttonClass(tone: ButtonTone = "primary", size: keyof typeof SIZES = "md"): string {
  return `inline-block rounded-md ${SIZES[size]} text-sm font-medium transition disabled:opacity-60 ${TONES[tone]}`;
}
