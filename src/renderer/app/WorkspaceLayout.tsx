import { WorkspacePage } from '../features/workspace/WorkspacePage';
import { AppHeader } from './AppHeader';
import { useDocumentTitle } from './useDocumentTitle';

export function WorkspaceLayout() {
  useDocumentTitle('Strategies');
  return (
    <div className="app-frame">
      <AppHeader />
      <div className="app-body">
        <main id="main" tabIndex={-1} className="app-main">
          <WorkspacePage />
        </main>
      </div>
    </div>
  );
}
