// What the signing tests need: businesses on both sides of an event, a valid signature image, and
// a signing request between two businesses.
import { newPublicCode } from "@/lib/codes";

import { newBusiness } from "./missions";
import { SIGNATURE } from "./signature";

export { SIGNATURE };
export { signingRequest } from "./signing-request";

export async function twoBusinesses(eventId: string) {
  return {
    visiting: await newBusiness(eventId, "VISITING", `Usaha Jatim ${newPublicCode(4)}`),
    host: await newBusiness(eventId, "HOST", `Usaha Kaltim ${newPublicCode(4)}`),
  };
}
