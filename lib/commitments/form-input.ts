import { text } from "@/lib/actions/form-data";
import type { RecordInput } from "./record-commitment";

/** The signing form's fields as the domain reads them. */
export function recordInputFrom(formData: FormData): RecordInput {
  return {
    idempotencyKey: text(formData, "idempotencyKey"),
    intent: text(formData, "intent") === "sign" ? "sign" : "draft",
    visitingBusinessId: text(formData, "visitingBusinessId"),
    hostBusinessId: text(formData, "hostBusinessId"),
    category: text(formData, "category") as RecordInput["category"],
    commodity: text(formData, "commodity"),
    sector: text(formData, "sector"),
    quantity: text(formData, "quantity"),
    unit: text(formData, "unit"),
    instrument: text(formData, "instrument") as RecordInput["instrument"],
    value: text(formData, "value"),
    confirmAboveCeiling: text(formData, "confirmAboveCeiling") === "1",
    visitingSignerName: text(formData, "visitingSignerName"),
    visitingSignature: text(formData, "visitingSignature"),
    hostSignerName: text(formData, "hostSignerName"),
    hostSignature: text(formData, "hostSignature"),
    deskConfirmed: text(formData, "deskConfirmed") === "1",
  };
}
