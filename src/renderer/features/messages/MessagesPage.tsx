import type { StrategyDetail } from '../../../shared/domain';
import { strategyHref } from '../../app/routes';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { useAudiences } from '../audiences/model';
import { AudienceMessages } from './AudienceMessages';
import { MessageHouse } from './MessageHouse';
import '../../ui/forms.css';
import '../audiences/audiences.css';
import './messages.css';

/** The message house, and the key messages each audience should hear. `item` picks the audience. */
export function MessagesPage({ strategy, item }: { strategy: StrategyDetail; item?: string }) {
  const { data: audiences } = useAudiences(strategy.id);
  return (
    <div className="page page-wide">
      <PageHeader
        title="Messages"
        lede="What the strategy says: the message house that every post and speech draws on, and what each audience should hear, in its languages and on its platforms."
        actions={
          <a className="btn btn-secondary btn-small" href={strategyHref(strategy.id, 'channel-plan')}>
            Channel plan
          </a>
        }
      />
      <MessageHouse strategyId={strategy.id} />
      {!audiences ? null : audiences.length === 0 ? (
        <EmptyState
          title="No audiences to write for yet"
          icon="info"
          actions={
            <a className="btn btn-primary" href={strategyHref(strategy.id, 'audiences')}>
              Add audiences
            </a>
          }
        >
          <p>Key messages are written for an audience. Add the audiences first; their messages are written here.</p>
        </EmptyState>
      ) : (
        <AudienceMessages strategyId={strategy.id} platforms={strategy.platforms} audiences={audiences} selectedId={item} />
      )}
    </div>
  );
}
