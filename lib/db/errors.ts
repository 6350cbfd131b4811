import type { DatabaseTarget } from "./config";

/** The database cannot be reached or prepared. Its message is safe to show; details go to the log. */
export class DatabaseUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "DatabaseUnavailableError";
  }

  static from(error: unknown, target: DatabaseTarget): DatabaseUnavailableError {
    if (error instanceof DatabaseUnavailableError) return error;
    const where = target.kind === "postgres" ? redactUrl(target.url) : target.dataDir;
    const reason = error instanceof Error ? error.message : String(error);
    return new DatabaseUnavailableError(`Database tidak dapat dipakai (${where}): ${reason}`, { cause: error });
  }
}

/** postgresql://user:secret@host/db → postgresql://user:***@host/db */
export function redactUrl(url: string): string {
  return url.replace(/(\/\/[^:/@]+):[^@]*@/, "$1:***@");
}

/** Errors from the driver when the server is down or refuses us, as opposed to a bug in a query. */
export function isConnectionError(error: unknown): boolean {
  if (error instanceof DatabaseUnavailableError) return true;
  // Prisma's P1xxx codes: server unreachable, database missing, authentication failed, timed out.
  if (/^P1\d{3}$/.test(String((error as { code?: unknown })?.code ?? ""))) return true;
  const text = `${(error as { code?: string })?.code ?? ""} ${(error as Error)?.message ?? ""} ${(error as { cause?: Error })?.cause?.message ?? ""}`;
  return /ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENOTFOUND|EAI_AGAIN|57P01|57P02|57P03|53300|Connection terminated|terminating connection|the database system is|Can.t reach database/i.test(
    text,
  );
}
