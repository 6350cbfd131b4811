// Runs once when a server starts: migrate (and, on a new embedded database, load the demo) before the
// first request, print how to sign in to the demo, and stop with a clear message if the database
// cannot be used. Then hand the board's Node-level stream to server.js, if it is the one running.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { bootServer } = await import("@/lib/boot");
  await bootServer();
  const { handOverToServer } = await import("@/lib/http/server-handover");
  handOverToServer();
}
