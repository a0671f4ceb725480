import { PlannedPlace } from '../../ui/PlannedPlace';

export function DocumentsPage() {
  return (
    <PlannedPlace title="Documents" lede="The strategy as a document to share and approve.">
      <p>
        This is where you will export the strategy for review by the head of mission or headquarters, for example as a
        PDF or Word document.
      </p>
      <p>No documents have been produced yet.</p>
    </PlannedPlace>
  );
}
