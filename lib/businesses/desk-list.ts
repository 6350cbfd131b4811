// The mission's list as a desk tablet keeps it for working offline (app/_offline/desk-list.ts): who
// may come in, on which side, and who is in already. Names and badge codes only: no phone, e-mail or
// NIB leaves the server in it. Pure code, shared by the server that sends the list and the tablet
// that searches it without a network.
import { searchTerm } from "./fields";

export interface DeskListEntry {
  id: string;
  name: string;
  representative: string;
  /** The side's short name ("Jatim"), as search results show it. */
  side: string;
  /** The side's code, as the signing form's pickers filter by it. */
  sideCode: string;
  sector: string;
  regency: string;
  badgeCode: string;
  /** The name and representative in search form (fields.ts searchKey). */
  searchKey: string;
  checkedInAt: string | null;
  checkedInDesk: string | null;
}

/**
 * The badge code in what a scanner sends: "K7QM3X9T2P", in any case, or the badge's QR link
 * (".../b/K7QM3X9T2P?k=…"), or any URL whose path ends in the code.
 */
export function badgeCodeFrom(scanned: string): string {
  const path = scanned.trim().split(/[?#]/)[0];
  const segments = path.split("/").filter(Boolean);
  const afterB = segments.lastIndexOf("b");
  const code = afterB >= 0 && segments[afterB + 1] ? segments[afterB + 1] : (segments.at(-1) ?? "");
  return code.toUpperCase().replace(/[^0-9A-Z]/g, "");
}

/** The business a scan or a click names, in the kept list. */
export function findOnDeskList(list: readonly DeskListEntry[], target: { code?: string; businessId?: string }): DeskListEntry | null {
  if (target.businessId) return list.find((entry) => entry.id === target.businessId) ?? null;
  const code = badgeCodeFrom(target.code ?? "");
  return code ? (list.find((entry) => entry.badgeCode === code) ?? null) : null;
}

/**
 * The desk's search without the server, in the server's order (lib/businesses/queries.ts): the badge's
 * code, then the name as typed or its first words, its start, whole words, and last any name that
 * merely contains what was typed. The server also forgives typos (trigrams); offline, a typo finds
 * nothing, and the desk scans the badge or types less.
 */
export function searchDeskList(
  list: readonly DeskListEntry[],
  query: string,
  options: { sideCode?: string; limit?: number } = {},
): (DeskListEntry & { matchRank: number })[] {
  const { sideCode, limit = 8 } = options;
  const term = searchTerm(query);
  const badge = badgeCodeFrom(query);
  if (term.length < 2) return [];
  const rank = (entry: DeskListEntry): number | null => {
    const key = entry.searchKey;
    if (badge && entry.badgeCode === badge) return 4;
    if (key === term || key.startsWith(`${term} `)) return 3;
    if (key.startsWith(term)) return 2;
    if (` ${key} `.includes(` ${term} `)) return 1;
    return key.includes(term) ? 0 : null;
  };
  const found: (DeskListEntry & { matchRank: number })[] = [];
  for (const entry of list) {
    if (sideCode && entry.sideCode !== sideCode) continue;
    const matchRank = rank(entry);
    if (matchRank !== null) found.push({ ...entry, matchRank });
  }
  return found.sort((a, b) => b.matchRank - a.matchRank || a.name.localeCompare(b.name)).slice(0, limit);
}
