"use client";
import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/app/_components/form";
import { saveAssignments } from "../actions";
import { EventCheckboxes } from "../event-checkboxes";

export function AssignmentsForm({ userId, events, assigned }: { userId: string; events: { id: string; name: string }[]; assigned: string[] }) {
  const [state, action] = useActionState(saveAssignments, null);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="userId" value={userId} />
      <EventCheckboxes events={events} checked={assigned} />
      <FormMessage state={state} />
      <SubmitButton pendingText="Menyimpan…">Simpan penugasan</SubmitButton>
    </form>
  );
}
