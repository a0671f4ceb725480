import { PlannedPlace } from '../../ui/PlannedPlace';

export function AudiencesPage() {
  return (
    <PlannedPlace title="Audiences" lede="The publics this strategy wants to reach.">
      <p>
        This is where you will describe your target groups by country, language and interest, and link each one to the
        objectives and messages meant for it.
      </p>
      <p>Nothing has been entered here yet.</p>
    </PlannedPlace>
  );
}
