// Every file under a folder of the project, as paths from the project's root ("app/staf/page.tsx"): how
// the authorization tests find every action, route and page there is, so none can be left out.
import { readdirSync } from "node:fs";
import path from "node:path";

export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}
