import { PlannedPlace } from '../../ui/PlannedPlace';

export function CalendarPage() {
  return (
    <PlannedPlace title="Calendar" lede="The editorial calendar for the year.">
      <p>
        This is where national days, official visits, campaigns and planned posts for each platform will be laid out
        month by month.
      </p>
      <p>Nothing has been entered here yet.</p>
    </PlannedPlace>
  );
}
