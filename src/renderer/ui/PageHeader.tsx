import type { ReactNode } from 'react';

export interface PageHeaderProps {
  title: string;
  lede?: ReactNode;
  actions?: ReactNode;
  /** A small line above the title, e.g. the strategy's name. */
  overline?: ReactNode;
}

/** The h1 of a screen. It can take focus so that moving between places announces where you are. */
export function PageHeader({ title, lede, actions, overline }: PageHeaderProps) {
  return (
    <div className="page-header">
      <div>
        {overline ? <p className="overline">{overline}</p> : null}
        <h1 tabIndex={-1}>{title}</h1>
        {lede ? <p className="lede">{lede}</p> : null}
      </div>
      {actions ? <div className="cluster">{actions}</div> : null}
    </div>
  );
}
