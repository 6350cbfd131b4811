import type { Funnel } from "@/lib/matching/queries";

/** The funnel's figures as the recap's sentence quotes them (screen and PDF alike): counts as they are, rupiah as written. */
export function funnelWords(funnel: Funnel, rupiah: (value: bigint) => string) {
  const { suggested, accepted, scheduled, held, noShow, deals } = funnel;
  return { suggested, accepted, scheduled, held, noShow, deals, committed: rupiah(funnel.committed), realised: rupiah(funnel.realised), potential: rupiah(funnel.potential) };
}
