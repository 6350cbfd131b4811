// The worker threads' entry modules, by name, and how many threads each may run at once: the
// signing desks' work (signatures, letters) never waits behind an import or a recap. scripts/build-workers.ts
// bundles each entry into .next/workers/<name>.mjs for the server; from source tsx compiles them.
export const WORKER_ENTRIES = {
  xlsx: { file: "lib/businesses/xlsx.worker.ts", threads: 1 },
  pdfSafety: { file: "lib/agreements/pdf-safety.worker.ts", threads: 1 },
  letter: { file: "lib/commitments/letter.worker.ts", threads: 2 },
  signature: { file: "lib/commitments/signature.worker.ts", threads: 1 },
  recap: { file: "lib/reports/recap.worker.ts", threads: 1 },
  password: { file: "lib/users/password.worker.ts", threads: 2 },
} as const;

export type WorkerName = keyof typeof WORKER_ENTRIES;
