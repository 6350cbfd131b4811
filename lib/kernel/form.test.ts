import { describe, expect, it } from "vitest";
import { z } from "zod";
import { customIssue, fieldCodes, firstValues, formFlag, formList, formObject, formText, parseInput } from "./form";

function form(entries: [string, string | File][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe("formObject", () => {
  it("reads names as the object they describe: dots nest, numbers make lists, repeats make lists", () => {
    expect(
      formObject(
        form([
          ["slug", "latihan-meja"],
          ["visiting.code", "JATIM"],
          ["sides.0.quota", "72"],
          ["sides.1.quota", "100"],
          ["eventIds", "a"],
          ["eventIds", "b"],
          ["$ACTION_ID_abc", ""],
        ]),
      ),
    ).toEqual({ slug: "latihan-meja", visiting: { code: "JATIM" }, sides: [{ quota: "72" }, { quota: "100" }], eventIds: ["a", "b"] });
  });

  it("keeps files as files", () => {
    const file = new File(["%PDF-"], "a.pdf", { type: "application/pdf" });
    expect(formObject(form([["document", file]])).document).toBeInstanceOf(File);
  });
});

describe("field helpers", () => {
  const schema = z.object({ note: formText(5), confirmed: formFlag, ids: formList(z.string()) });

  it("a missing text is empty, a missing flag false, a missing list empty", () => {
    expect(schema.parse({})).toEqual({ note: "", confirmed: false, ids: [] });
  });

  it("a checkbox's value or a JSON boolean is a flag; one value is a list of one; blanks are dropped", () => {
    expect(schema.parse({ confirmed: "1", ids: "a" })).toMatchObject({ confirmed: true, ids: ["a"] });
    expect(schema.parse({ confirmed: true, ids: ["a", "", "b"] })).toMatchObject({ confirmed: true, ids: ["a", "b"] });
    expect(schema.safeParse({ confirmed: "yes please" }).success).toBe(false);
  });

  it("a text over its budget is refused", () => {
    expect(schema.safeParse({ note: "123456" }).success).toBe(false);
  });
});

describe("fieldCodes", () => {
  it("names each problem by the form's own field name, with the limit or the quoted value", () => {
    const schema = z.object({
      sides: z.array(z.object({ quota: z.string().max(3, "quotaTooLong") })),
      value: z.string().superRefine((v, ctx) => ctx.addIssue(customIssue({ key: "amountUnknownUnit", params: { unit: v } }))),
    });
    const parsed = schema.safeParse({ sides: [{ quota: "12345" }], value: "5 dolar" });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(fieldCodes(parsed.error)).toEqual({
      "sides.0.quota": [{ key: "quotaTooLong", params: { max: 3 } }],
      value: [{ key: "amountUnknownUnit", params: { unit: "5 dolar" } }],
    });
  });
});

it("firstValues takes the first of a repeated search parameter", () => {
  expect(firstValues({ a: ["1", "2"], b: "3", c: undefined })).toEqual({ a: "1", b: "3", c: undefined });
});

it("parseInput calls a field that was not sent at all 'required', and a value of the wrong kind by zod's words", () => {
  const parsed = parseInput(z.object({ name: z.string(), age: z.number() }), { age: "tua" });
  expect(parsed.ok).toBe(false);
  if (parsed.ok) return;
  const fields = parsed.fields ?? {};
  expect(fields.name).toEqual(["required"]);
  expect(fields.age).not.toEqual(["required"]);
});
