import { useEffect, useRef } from 'react';
import { ToastProvider } from '../ui/Toast';
import { SkipLink } from './SkipLink';
import { TaskProgress } from './TaskProgress';
import { StrategyLayout } from './StrategyLayout';
import { hrefFor, useRoute } from './routes';
import { WorkspaceLayout } from './WorkspaceLayout';
import './app.css';

export function App() {
  return (
    <ToastProvider>
      <Shell />
    </ToastProvider>
  );
}

function Shell() {
  const route = useRoute();
  useFocusOnNavigation(hrefFor(route));
  return (
    <>
      <SkipLink />
      {route.view === 'workspace' ? (
        <WorkspaceLayout />
      ) : (
        <StrategyLayout key={route.strategyId} strategyId={route.strategyId} place={route.place} item={route.item} />
      )}
      <TaskProgress />
    </>
  );
}

/** After moving to another place, put focus on its heading so screen readers announce it. */
function useFocusOnNavigation(routeKey: string) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const frame = requestAnimationFrame(() => {
      const target = document.querySelector<HTMLElement>('main h1') ?? document.getElementById('main');
      target?.focus({ preventScroll: false });
      document.getElementById('main')?.scrollTo?.({ top: 0 });
    });
    return () => cancelAnimationFrame(frame);
  }, [routeKey]);
}
