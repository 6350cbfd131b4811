import { useTranslations } from "next-intl";

/** The missions a desk account may work on. */
export function EventCheckboxes({ events, checked = [] }: { events: { id: string; name: string }[]; checked?: string[] }) {
  const t = useTranslations("users");
  return (
    <fieldset>
      <legend className="block text-sm font-medium text-slate-700">{t("eventsForDesk")}</legend>
      <div className="mt-1 space-y-1">
        {events.map((event) => (
          <label key={event.id} className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="eventIds" value={event.id} defaultChecked={checked.includes(event.id)} className="size-4" />
            {event.name}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
