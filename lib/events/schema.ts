import { z } from "zod";

/** An event's public address part, e.g. "jatim-kaltim-2025". */
export const eventSlug = z
  .string()
  .trim()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "slugInvalid");
