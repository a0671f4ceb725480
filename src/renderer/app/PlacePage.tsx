import type { StrategyDetail } from '../../shared/domain';
import { AudienceMapPage } from '../features/audiences/map/AudienceMapPage';
import { AudiencesPage } from '../features/audiences/AudiencesPage';
import { RelationshipsPage } from '../features/audiences/graph/RelationshipsPage';
import { CalendarPage } from '../features/calendar/CalendarPage';
import { DocumentsPage } from '../features/documents/DocumentsPage';
import { ListeningPage } from '../features/listening/ListeningPage';
import { MediaPage } from '../features/media/MediaPage';
import { ChannelPlanPage } from '../features/messages/ChannelPlanPage';
import { MessagesPage } from '../features/messages/MessagesPage';
import { ObjectivesPage } from '../features/objectives/ObjectivesPage';
import { PlatformsPage } from '../features/platforms/PlatformsPage';
import { PrioritiesPage } from '../features/priorities/PrioritiesPage';
import { OverviewPage } from '../features/strategy/OverviewPage';
import type { Place } from './routes';

/** The screen for one place of a strategy; `item` is the one thing in it that the address names. */
export function PlacePage({ place, item, strategy }: { place: Place; item?: string; strategy: StrategyDetail }) {
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
      return <AudiencesPage strategy={strategy} item={item} />;
    case 'audience-map':
      return <AudienceMapPage strategy={strategy} />;
    case 'relationships':
      return <RelationshipsPage strategy={strategy} />;
    case 'messages':
      return <MessagesPage strategy={strategy} item={item} />;
    case 'channel-plan':
      return <ChannelPlanPage strategy={strategy} />;
    case 'calendar':
      return <CalendarPage strategy={strategy} />;
    case 'media':
      return <MediaPage />;
    case 'listening':
      return <ListeningPage />;
    case 'documents':
      return <DocumentsPage />;
  }
}
