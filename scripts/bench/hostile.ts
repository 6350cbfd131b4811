// npm run bench:hostile — what hostile input costs everybody else. Starts the production build on a
// fresh PostgreSQL database and, while each hostile input is sent, has an innocent client ask for the
// totals one request after another; its latency (p50, p95, max) is printed next to the same client
// on the idle server. The inputs: a full 20,000-row list (read in a worker thread), a sheet claiming
// the far corners, a zip bomb, a 16000×16000 signature, a signature at the pad's largest and its
// letter, and 40 wrong sign-ins at once from 40 addresses. Target: max under 500 ms for every one.
// The last line is one JSON object.
import { performance } from "node:perf_hooks";
import { DEMO_ACCOUNTS, PRACTICE_SLUG } from "../../lib/demo/demo-event";
import { cell, drawnSignature, pngClaiming, sheet, xlsx } from "../../tests/support/hostile";
import { SIGNATURE, signingRequest } from "../../tests/support/signing-request";
import { productionBenchDatabase, productionServer, signedIn } from "./lib";

const PORT = Number(process.env.BENCH_PORT ?? 3241);
const { url: benchDb, parties, drop } = await productionBenchDatabase("hostile", "hostile");

// The addresses of the sign-in burst come through a trusted proxy: this process stands in for it.
const { base, stop } = await productionServer(PORT, benchDb, { TRUSTED_PROXIES: "loopback" });
const cookie = await signedIn(
  base,
  DEMO_ACCOUNTS.find((a) => a.role === "ADMIN")!,
);
const mutation = { cookie, origin: base };

/** The innocent client's latencies (sorted) while `work` runs, and how long `work` took and what it answered. */
async function whileAsking(work: () => Promise<number>) {
  let working = true;
  const latencies: number[] = [];
  const asking = (async () => {
    while (working) {
      const started = performance.now();
      await (await fetch(`${base}/api/events/jatim-kaltim-2025/totals`)).arrayBuffer();
      latencies.push(performance.now() - started);
    }
  })();
  const started = performance.now();
  const status = await work();
  const workMs = performance.now() - started;
  working = false;
  await asking;
  return { latencies: latencies.sort((a, b) => a - b), workMs, status };
}

const importing = (name: string, bytes: Uint8Array) => async () => {
  const form = new FormData();
  form.set("file", new Blob([bytes as BlobPart]), name);
  form.set("side", "JATIM");
  form.set("mode", "preview");
  const response = await fetch(`${base}/api/events/${PRACTICE_SLUG}/businesses/import`, { method: "POST", headers: mutation, body: form });
  await response.arrayBuffer();
  return response.status;
};
let recordedId = "";
const recording = (visitingSignature: string, hostSignature: string) => async () => {
  const response = await fetch(`${base}/api/events/${PRACTICE_SLUG}/commitments`, {
    method: "POST",
    headers: { ...mutation, "content-type": "application/json" },
    body: JSON.stringify(signingRequest(parties, { commodity: "Bench", visitingSignature, hostSignature })),
  });
  const body = (await response.json()) as { data?: { id: string } };
  if (body.data) recordedId = body.data.id;
  return response.status;
};
const burst = async () => {
  const statuses = await Promise.all(
    Array.from({ length: 40 }, async (_, i) => {
      const csrf = await fetch(`${base}/api/auth/csrf`);
      const { csrfToken } = (await csrf.json()) as { csrfToken: string };
      const jar = csrf.headers
        .getSetCookie()
        .map((c) => c.split(";")[0])
        .join("; ");
      const response = await fetch(`${base}/api/auth/callback/credentials`, {
        method: "POST",
        redirect: "manual",
        headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar, "x-forwarded-for": `10.88.${i}.1` },
        body: new URLSearchParams({ csrfToken, email: `tebak${i}@contoh.test`, password: "salah", json: "true" }),
      });
      await response.arrayBuffer();
      return response.status;
    }),
  );
  return statuses.every((s) => s === 200) ? 200 : Math.max(...statuses);
};

const rows = Array.from({ length: 20_000 }, (_, i) => `<row r="${i + 2}">${cell(`A${i + 2}`, `Usaha ${i}`)}${cell(`B${i + 2}`, "Kuliner")}</row>`);
const scenarios: [string, () => Promise<number>][] = [
  ["idle", () => new Promise((r) => setTimeout(() => r(200), 3_000))],
  [
    "list_20000_rows",
    importing("penuh.xlsx", await xlsx(sheet("A1:B20001", `<row r="1">${cell("A1", "Nama Usaha")}${cell("B1", "Sektor")}</row>${rows.join("")}`))),
  ],
  [
    "far_corner_xlsx",
    importing(
      "kecil.xlsx",
      await xlsx(sheet("A1:XFD1048576", `<row r="1">${cell("A1", "Nama")}${cell("XFD1", "x")}</row><row r="1048576">${cell("A1048576", "y")}</row>`)),
    ),
  ],
  ["zip_bomb", importing("bom.xlsx", await xlsx(new Uint8Array(80 * 1024 * 1024).fill(0x20)))],
  ["png_16000x16000", recording(SIGNATURE, pngClaiming(16_000, 16_000))],
  ["signature_4000x1000", recording(await drawnSignature(4_000, 1_000), await drawnSignature(4_000, 1_000))],
  [
    "letter",
    async () => {
      const response = await fetch(`${base}/api/events/${PRACTICE_SLUG}/commitments/${recordedId}/letter`, { headers: { cookie } });
      await response.arrayBuffer();
      return response.status;
    },
  ],
  ["sign_in_burst_40", burst],
];

const r = (n: number) => Math.round(n * 10) / 10;
const at = (values: number[], q: number) => values[Math.min(values.length - 1, Math.floor(q * values.length))] ?? NaN;
const results: Record<string, number | string> = {};
let idle = { p50: NaN, p95: NaN, max: NaN };
console.log("innocent client's totals request, while…            p50      p95      max   (input: status, time)");
for (const [name, work] of scenarios) {
  const { latencies, workMs, status } = await whileAsking(work);
  const figures = { p50: at(latencies, 0.5), p95: at(latencies, 0.95), max: latencies.at(-1) ?? NaN };
  if (name === "idle") idle = figures;
  const side = name === "idle" ? "" : `   (HTTP ${status}, ${r(workMs)} ms; idle: p95 ${r(idle.p95)}, max ${r(idle.max)})`;
  console.log(
    `${name.padEnd(50)} ${r(figures.p50).toString().padStart(6)} ms ${r(figures.p95).toString().padStart(6)} ms ${r(figures.max).toString().padStart(6)} ms${side}`,
  );
  results[`${name}_max_ms`] = r(figures.max);
  if (name !== "idle") results[`${name}_status`] = status;
}
stop();
await drop();
console.log(JSON.stringify({ bench: "hostile", target_max_ms: 500, baseline_idle_p95_ms: r(idle.p95), ...results }));
process.exit(0);
