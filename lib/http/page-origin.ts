import "server-only";
import { headers } from "next/headers";
import { originFrom } from "./public-origin";

/** For server components (badges): the same origin rule as publicOrigin, from the page's request. */
export async function pageOrigin(): Promise<string> {
  return originFrom(await headers());
}
