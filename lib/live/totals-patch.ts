// The board's small messages: what changed between two versions of the totals JSON, and how a board
// applies it. Shared by the server (lib/live/totals-hub.ts) and the board (app/_components/live-totals.ts),
// so it is plain code without server-only. A signing changes a handful of figures and adds one line to
// "latest": its patch is a few hundred bytes where the whole figure is 2.4 KB.
//
// A patch is the new value where a value changed; for an object whose keys stayed, an object of the
// changed keys only, each a patch of its own. Keys starting with "$" are the patch's own words (no key of
// the totals starts with "$"):
//   {"$": v}                       v as it is (an array or object replaced whole)
//   {"$del": 1}                    the key is gone
//   {"$len": n, "$pre": [...]}     items added in front, the list cut to n (the latest signings)
//   {"$len": n, "$at": {"2": p}}   the items at those places patched, the list cut or grown to n

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };
export type Patch = Json;

const isObject = (v: Json | undefined): v is JsonObject => typeof v === "object" && v !== null && !Array.isArray(v);
const same = (a: Json | undefined, b: Json | undefined) => a === b || (typeof a === "object" && JSON.stringify(a) === JSON.stringify(b));
const literal = (v: Json): Patch => (typeof v === "object" && v !== null ? { $: v } : v);
const size = (p: Patch) => JSON.stringify(p).length;

/** What changed from `from` to `to`; undefined when nothing did. applyPatch(from, diffTotals(from, to)) equals `to`. */
export function diffTotals(from: Json, to: Json): Patch | undefined {
  if (same(from, to)) return undefined;
  if (isObject(from) && isObject(to)) {
    const patch: JsonObject = {};
    for (const key of Object.keys(to)) {
      if (!(key in from)) patch[key] = literal(to[key]);
      else {
        const changed = diffTotals(from[key], to[key]);
        if (changed !== undefined) patch[key] = changed;
      }
    }
    for (const key of Object.keys(from)) if (!(key in to)) patch[key] = { $del: 1 };
    return patch;
  }
  if (Array.isArray(from) && Array.isArray(to)) return smallest([literal(to), prepended(from, to), itemPatches(from, to)]);
  return literal(to);
}

/** The new list as items added in front of the old one (cut to the new length), if it is one. */
function prepended(from: Json[], to: Json[]): Patch | undefined {
  for (let added = 1; added <= to.length; added++) {
    const kept = to.length - added;
    if (kept > from.length) continue;
    if (to.slice(added).every((item, i) => same(item, from[i]))) return { $len: to.length, $pre: to.slice(0, added) };
  }
  return undefined;
}

/** The new list as patches of the items that changed place by place. */
function itemPatches(from: Json[], to: Json[]): Patch {
  const at: JsonObject = {};
  to.forEach((item, i) => {
    const changed = i < from.length ? diffTotals(from[i], item) : literal(item);
    if (changed !== undefined) at[i] = changed;
  });
  return { $len: to.length, $at: at };
}

function smallest(candidates: (Patch | undefined)[]): Patch {
  let best: Patch | undefined;
  for (const candidate of candidates) if (candidate !== undefined && (best === undefined || size(candidate) < size(best))) best = candidate;
  return best!;
}

/** `base` with `patch` applied; neither is changed (a new object wherever something changed). */
export function applyPatch(base: Json | undefined, patch: Patch): Json {
  if (!isObject(patch)) return patch;
  if ("$" in patch) return patch.$;
  if ("$len" in patch) {
    const list = Array.isArray(base) ? base : [];
    const length = patch.$len as number;
    if (Array.isArray(patch.$pre)) return [...patch.$pre, ...list].slice(0, length);
    const next = list.slice(0, length);
    for (const [index, item] of Object.entries(patch.$at as JsonObject)) next[Number(index)] = applyPatch(list[Number(index)], item);
    return next;
  }
  const next: JsonObject = { ...(isObject(base) ? base : {}) };
  for (const [key, item] of Object.entries(patch)) {
    if (isObject(item) && "$del" in item) delete next[key];
    else next[key] = applyPatch(next[key], item);
  }
  return next;
}
