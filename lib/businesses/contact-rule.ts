// Contact data (a business's NIB, phone and e-mail) is for organizers: desk staff find, check in and
// sign a business by its name, representative, side, sector and badge, and never need to reach it.
// The same rule decides the export's contact columns and what a business's page loads.
export function seesContactData(actor: { role: "ADMIN" | "DESK" }): boolean {
  return actor.role === "ADMIN";
}
