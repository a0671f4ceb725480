import { useRef, useState } from 'react';
import type { StrategyDetail } from '../../../shared/domain';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { AddPlatformForm } from './AddPlatformForm';
import { PlatformCard } from './PlatformCard';
import '../../ui/forms.css';
import './platforms.css';

export function PlatformsPage({ strategy }: { strategy: StrategyDetail }) {
  const { platforms } = strategy;
  const [adding, setAdding] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);

  function closeForm() {
    setAdding(false);
    requestAnimationFrame(() => addButton.current?.focus());
  }

  const addControl = adding ? (
    <AddPlatformForm strategyId={strategy.id} onDone={closeForm} />
  ) : (
    <Button ref={addButton} variant="primary" icon="plus" onClick={() => setAdding(true)}>
      Add platform
    </Button>
  );

  return (
    <div className="page">
      <PageHeader
        title="Platforms"
        lede="Where the mission is present, who looks after each account, and how far each is from a formal, professional set-up."
      />
      {platforms.length === 0 ? (
        <div className="stack">
          <EmptyState title="No platforms yet" icon="info">
            <p>
              Add each service the mission uses or plans to use. For each one you can note the handle, languages, owner,
              who holds the credentials, and tick off the set-up checklist.
            </p>
          </EmptyState>
          <div>{addControl}</div>
        </div>
      ) : (
        <>
          <ul className="platform-list">
            {platforms.map((platform) => (
              <PlatformCard key={platform.id} platform={platform} />
            ))}
          </ul>
          <div className="list-footer">{addControl}</div>
        </>
      )}
    </div>
  );
}
