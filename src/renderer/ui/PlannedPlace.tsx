import type { ReactNode } from 'react';
import { EmptyState } from './EmptyState';
import { PageHeader } from './PageHeader';

/** A place that a later version of Chancery fills: it says plainly what will live here. */
export function PlannedPlace({ title, lede, children }: { title: string; lede: string; children: ReactNode }) {
  return (
    <div className="page">
      <PageHeader title={title} lede={lede} />
      <EmptyState title="Not available in this version yet" icon="info">
        {children}
      </EmptyState>
    </div>
  );
}
