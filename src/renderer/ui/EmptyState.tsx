import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon';
import './EmptyState.css';

export interface EmptyStateProps {
  title: string;
  children?: ReactNode;
  actions?: ReactNode;
  icon?: IconName;
  /** Heading level, so the empty state fits the outline of the page it is on. */
  level?: 2 | 3;
}

/** What a place shows when it has nothing yet: what will live here, and how to start. */
export function EmptyState({ title, children, actions, icon, level = 2 }: EmptyStateProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <div className="empty-state">
      {icon ? (
        <div className="empty-state-icon">
          <Icon name={icon} size={22} />
        </div>
      ) : null}
      <Heading className="empty-state-title">{title}</Heading>
      {children ? <div className="empty-state-text">{children}</div> : null}
      {actions ? <div className="empty-state-actions">{actions}</div> : null}
    </div>
  );
}
