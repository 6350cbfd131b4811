// A database that is down answers with a clear 503, and the next request tries again.
import { afterAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/events/[slug]/totals/route";
import { disconnectDatabase } from "@/lib/db/client";

process.env.DATABASE_URL = "postgresql://postgres:secret@127.0.0.1:9/misi_dagang";
afterAll(() => disconnectDatabase());

describe("totals API while the database is down", () => {
  it("answers 503 with a JSON message and no internals, every time", async () => {
    for (let attempt = 0; attempt < 2; attempt++) {
      const response = await GET(new Request("http://test/api/events/jatim-kaltim-2025/totals"), { params: Promise.resolve({ slug: "jatim-kaltim-2025" }) });
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toBe("5");
      const text = await response.text();
      expect(JSON.parse(text)).toEqual({ ok: false, code: "UNAVAILABLE", message: "Database sedang tidak dapat dihubungi. Coba lagi sebentar lagi." });
      expect(text).not.toMatch(/secret|ECONNREFUSED|\n\s+at /);
    }
  });
});
