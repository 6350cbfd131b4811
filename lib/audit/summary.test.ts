import { describe, expect, it } from "vitest";
import { changeSummary } from "./summary";

describe("changeSummary", () => {
  it("marks what changed and keeps the rest as context", () => {
    expect(changeSummary({ email: "a@b.test", disabledAt: null }, { email: "a@b.test", disabledAt: "2025-05-08T01:00:00.000Z" })).toEqual([
      { field: "email", before: "a@b.test", after: "a@b.test", changed: false },
      { field: "disabledAt", before: null, after: "2025-05-08T01:00:00.000Z", changed: true },
    ]);
  });

  it("shows lists, money strings and a one-sided record", () => {
    expect(changeSummary({ eventIds: [] }, { eventIds: ["e1", "e2"] })).toEqual([{ field: "eventIds", before: "—", after: "e1, e2", changed: true }]);
    expect(changeSummary(null, { value: "1053146943500" })).toEqual([{ field: "value", before: null, after: "1053146943500", changed: false }]);
  });
});
