import { describe, expect, it } from "vitest";
import { describeRows } from "./translate";

describe("describeRows", () => {
  it("puts each row's problems in words with that row's own values, in the caller's language", () => {
    const rows = [
      { line: 2, errors: [{ key: "sameNibAsLine", params: { line: 1 } }, "phoneRequiredWalkIn"] },
      { line: 3, errors: [{ key: "sameNibAsLine", params: { line: 2 } }] },
      { line: 4, errors: ["phoneRequiredWalkIn", "noSuchProblem"] },
      { line: 5, errors: [] },
    ];
    expect(describeRows(rows, "id")).toEqual([
      { line: 2, errors: ["NIB sama dengan baris 1.", "No. HP wajib diisi untuk pendaftaran di tempat."] },
      { line: 3, errors: ["NIB sama dengan baris 2."] },
      { line: 4, errors: ["No. HP wajib diisi untuk pendaftaran di tempat.", "Isian ini tidak sah."] },
      { line: 5, errors: [] },
    ]);
    expect(describeRows(rows, "en").map((row) => row.errors)[1]).toEqual(["Same NIB as line 2."]);
  });
});
