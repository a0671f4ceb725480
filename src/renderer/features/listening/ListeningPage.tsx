import { PlannedPlace } from '../../ui/PlannedPlace';

export function ListeningPage() {
  return (
    <PlannedPlace title="Listening" lede="What is being said, and by whom.">
      <p>
        This is where the team will record findings from social listening: topics, sentiment and voices worth following,
        to inform what you publish.
      </p>
      <p>Nothing has been entered here yet.</p>
    </PlannedPlace>
  );
}
