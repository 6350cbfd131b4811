import { describe, expect, it } from "vitest";
import { isConnectionError, redactUrl } from "./errors";

describe("isConnectionError", () => {
  it("recognises a database that is unreachable, missing or refusing us", () => {
    expect(isConnectionError(Object.assign(new Error("Database `md` does not exist on the database server"), { code: "P1003" }))).toBe(true);
    expect(isConnectionError(Object.assign(new Error("Can't reach database server"), { code: "P1001" }))).toBe(true);
    expect(isConnectionError(new Error("connect ECONNREFUSED 127.0.0.1:5432"))).toBe(true);
    expect(isConnectionError(new Error("terminating connection due to administrator command"))).toBe(true);
  });

  it("does not excuse a bug in a query as an outage", () => {
    expect(isConnectionError(Object.assign(new Error("Unique constraint failed"), { code: "P2002" }))).toBe(false);
    expect(isConnectionError(new Error('relation "Nope" does not exist'))).toBe(false);
  });
});

describe("redactUrl", () => {
  it("hides the password", () => {
    expect(redactUrl("postgresql://app:s3cret@db:5432/misi")).toBe("postgresql://app:***@db:5432/misi");
    expect(redactUrl("postgresql://app@db/misi")).toBe("postgresql://app@db/misi");
  });
});
