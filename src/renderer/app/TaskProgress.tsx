import { useEffect, useState } from 'react';
import type { Events } from '../../shared/contract';
import { DOCUMENTS_PAGE_EXPORT_PREFIX } from '../../shared/documents';
import { useEvent } from '../api';
import { ProgressBar } from '../ui/ProgressBar';

type Task = Events['progress'];

/** Long work in the core (building a large sample, later imports and exports) reported as it goes. */
export function TaskProgress() {
  const [tasks, setTasks] = useState<Record<string, Task>>({});
  useEvent('progress', (task) => {
    // The Documents place shows its own exports' progress beside its Export button.
    if (task.task.startsWith(DOCUMENTS_PAGE_EXPORT_PREFIX)) return;
    setTasks((all) => ({ ...all, [task.task]: task }));
  });

  // A finished task stays a moment so that its end can be seen, then goes.
  useEffect(() => {
    const finished = Object.values(tasks).filter((t) => t.total > 0 && t.done >= t.total);
    if (finished.length === 0) return;
    const timer = setTimeout(() => {
      setTasks((all) => {
        const next = { ...all };
        for (const t of finished) delete next[t.task];
        return next;
      });
    }, 1200);
    return () => clearTimeout(timer);
  }, [tasks]);

  const list = Object.values(tasks);
  if (list.length === 0) return null;
  return (
    <div className="task-progress">
      {list.map((t) => (
        <div key={t.task} className="task-progress-item">
          <span className="task-progress-label">{t.label}</span>
          <ProgressBar value={t.total > 0 ? t.done / t.total : null} label={t.label} size="small" unknownText="Working…" />
        </div>
      ))}
    </div>
  );
}
