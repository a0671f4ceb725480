import { PlannedPlace } from '../../ui/PlannedPlace';

export function MediaPage() {
  return (
    <PlannedPlace title="Media" lede="Approved photos, video and graphics.">
      <p>
        This is where the team's approved images and videos will be kept, in the data folder on this computer, with
        credits and usage rights beside each file.
      </p>
      <p>Nothing has been added here yet.</p>
    </PlannedPlace>
  );
}
