import { useCall } from '../api';
import { Button } from '../ui/Button';
import { EmptyState } from '../ui/EmptyState';
import { AppHeader } from './AppHeader';
import { PlacePage } from './PlacePage';
import { PLACE_TITLES, navigate, type Place } from './routes';
import { StrategyNav } from './StrategyNav';
import { useDocumentTitle } from './useDocumentTitle';
import { ArchivedBanner } from '../features/strategy/ArchivedBanner';

/** One strategy open: header, the places on the left, the current place in the middle. */
export function StrategyLayout({ strategyId, place, item }: { strategyId: string; place: Place; item?: string }) {
  const { data: strategy, error } = useCall('strategy.get', { id: strategyId });
  useDocumentTitle(PLACE_TITLES[place], strategy?.title);

  return (
    <div className="app-frame">
      <AppHeader strategy={strategy} />
      <div className="app-body">
        <StrategyNav strategyId={strategyId} place={place} />
        <main id="main" tabIndex={-1} className="app-main">
          {strategy ? (
            <>
              {strategy.status === 'archived' ? <ArchivedBanner strategy={strategy} /> : null}
              <PlacePage place={place} item={item} strategy={strategy} />
            </>
          ) : error ? (
            <div className="page">
              <h1 className="sr-only">Strategy not available</h1>
              <EmptyState
                title={error.code === 'not_found' ? 'This strategy could not be found' : 'This strategy could not be opened'}
                icon="alert"
                actions={
                  <Button variant="primary" onClick={() => navigate({ view: 'workspace' })}>
                    Back to all strategies
                  </Button>
                }
              >
                <p>{error.message}</p>
              </EmptyState>
            </div>
          ) : (
            <p className="loading" role="status">
              Opening the strategy…
            </p>
          )}
        </main>
      </div>
    </div>
  );
}
