import type { Strategy } from '../../shared/domain';
import { GlobalSearch } from '../features/search/GlobalSearch';
import { SyncStatus } from '../features/sync/SyncStatus';
import { UndoRedoButtons } from './UndoRedoButtons';

/** The top bar: the app, where you are, undo/redo, and where the data lives. */
export function AppHeader({ strategy }: { strategy?: Pick<Strategy, 'id' | 'title' | 'year'> | null }) {
  return (
    <header className="app-header">
      <a className="brand" href="#/">
        <span className="brand-mark" aria-hidden="true">
          C
        </span>
        <span className="brand-name">Chancery</span>
      </a>
      {strategy ? (
        <nav aria-label="Breadcrumb" className="breadcrumb">
          <ol>
            <li>
              <a href="#/">All strategies</a>
            </li>
            <li aria-current="page">
              <span className="breadcrumb-current" title={strategy.title}>
                {strategy.title}
              </span>
              <span className="breadcrumb-year">{strategy.year}</span>
            </li>
          </ol>
        </nav>
      ) : (
        <span className="header-place">Digital diplomacy strategies</span>
      )}
      <GlobalSearch strategyId={strategy?.id} />
      <div className="header-tools">
        <UndoRedoButtons />
        <SyncStatus />
      </div>
    </header>
  );
}
