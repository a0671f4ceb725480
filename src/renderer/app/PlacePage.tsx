import type { StrategyDetail } from '../../shared/domain';
import { AudiencesPage } from '../features/audiences/AudiencesPage';
import { CalendarPage } from '../features/calendar/CalendarPage';
import { DocumentsPage } from '../features/documents/DocumentsPage';
import { ListeningPage } from '../features/listening/ListeningPage';
import { MediaPage } from '../features/media/MediaPage';
import { ObjectivesPage } from '../features/objectives/ObjectivesPage';
import { PlatformsPage } from '../features/platforms/PlatformsPage';
import { PrioritiesPage } from '../features/priorities/PrioritiesPage';
import { OverviewPage } from '../features/strategy/OverviewPage';
import type { Place } from './routes';

/** The screen for one place of a strategy. */
export function PlacePage({ place, strategy }: { place: Place; strategy: StrategyDetail }) {
  switch (place) {
    case 'overview':
      return <OverviewPage strategy={strategy} />;
    case 'objectives':
      return <ObjectivesPage strategy={strategy} />;
    case 'priorities':
      return <PrioritiesPage strategy={strategy} />;
    case 'platforms':
      return <PlatformsPage strategy={strategy} />;
    case 'audiences':
      return <AudiencesPage />;
    case 'calendar':
      return <CalendarPage />;
    case 'media':
      return <MediaPage />;
    case 'listening':
      return <ListeningPage />;
    case 'documents':
      return <DocumentsPage />;
  }
}
