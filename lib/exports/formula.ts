import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * What a spreadsheet would run as a formula (CSV injection): such a cell is written as text, with a
 * leading quote. A phone number such as +62811… is a number, not a formula, and stays as it is.
 */
export const FORMULA = /^[=@\t\r]|^[+-](?![\d ]*$)/;

/**
 * A text cell as the field of a CSV the database writes (COPY): empty text as no value, and text people
 * typed (`typed`) under FORMULA's rule, in SQL.
 */
export function csvTextSql(text: Prisma.Sql, typed: boolean): Prisma.Sql {
  if (!typed) return Prisma.sql`NULLIF(${text}, '')`;
  return Prisma.sql`CASE WHEN left(${text}, 1) IN ('=', '@', E'\\t', E'\\r') OR (left(${text}, 1) IN ('+', '-') AND ${text} !~ '^.[0-9 ]*$')
    THEN '''' || ${text} ELSE NULLIF(${text}, '') END`;
}
