import { randomInt } from "node:crypto";

// Crockford's base32 without I, L, O, U: codes read aloud or typed from paper are not misread.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** A random public code, e.g. for a badge's QR code or a letter's verification page. */
export function newPublicCode(length = 10): string {
  let code = "";
  for (let i = 0; i < length; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}
