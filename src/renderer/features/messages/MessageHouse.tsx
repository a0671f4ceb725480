import { useState } from 'react';
import type { HouseMessage, MessageHouse as House } from '../../../shared/audiences';
import { mutate, useCall } from '../../api';
import { AddItemForm } from '../../ui/AddItemForm';
import { IconButton } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { errorText } from '../../ui/errorText';
import { keepFocusWhenRemoved } from '../../ui/focusFallback';
import { InlineTextField } from '../../ui/InlineTextField';
import { placementFor, useFocusAfterMove } from '../../ui/ReorderButtons';
import { useToast } from '../../ui/Toast';
import { useOfferUndoOfLatest } from '../audiences/undo';
import { LoadState } from '../../ui/LoadState';

/** The strategy's message house: the core message as the roof, pillars beneath, proof points under each. */
export function MessageHouse({ strategyId }: { strategyId: string }) {
  const { data: house, error } = useCall('messageHouse.get', { strategyId });
  const order = house ? house.pillars.map((p) => `${p.id}:${p.proofs.map((q) => q.id).join('.')}`).join() : '';
  const rememberMove = useFocusAfterMove(order);

  return (
    <section className="house" aria-labelledby="house-heading">
      <div className="section-head">
        <h2 id="house-heading" className="section-heading">
          Message house
        </h2>
        <p className="muted section-note">One core message everyone can repeat, the pillars that carry it, and the proof behind each pillar.</p>
      </div>
      {!house ? (
        <LoadState error={error} loading="Loading the message house…" />
      ) : (
        <HouseView strategyId={strategyId} house={house} rememberMove={rememberMove} />
      )}
    </section>
  );
}

function HouseView({ strategyId, house, rememberMove }: { strategyId: string; house: House; rememberMove: (id: string, d: 'up' | 'down') => void }) {
  return (
    <div className="house-frame">
      <div className="house-roof">
        <div className="house-roof-inner">
          <InlineTextField
            label="Core message"
            multiline
            value={house.core?.text ?? ''}
            draftKey={`house:${strategyId}:core`}
            placeholder="The one thing every audience should take away"
            hint="Saved when you leave the field, or with Ctrl+Enter."
            onSave={async (text) => (await mutate('messageHouse.setCore', { strategyId, text })).text}
          />
        </div>
      </div>
      {house.pillars.length === 0 ? (
        <p className="house-empty muted">No pillars yet. Add the two to four themes that hold the core message up.</p>
      ) : (
        <ol className="house-pillars" style={{ gridTemplateColumns: `repeat(${Math.min(house.pillars.length, 4)}, minmax(0, 1fr))` }}>
          {house.pillars.map((pillar, index) => (
            <Pillar key={pillar.id} pillar={pillar} index={index} all={house.pillars} rememberMove={rememberMove} />
          ))}
        </ol>
      )}
      <div className="house-foot">
        <AddItemForm
          openLabel="Add pillar"
          fieldLabel="Pillar"
          placeholder="A theme that supports the core message"
          onSubmit={async (text) => {
            await mutate('pillar.create', { strategyId, text });
          }}
        />
      </div>
    </div>
  );
}

type PillarWithProofs = House['pillars'][number];

function Pillar({
  pillar,
  index,
  all,
  rememberMove,
}: {
  pillar: PillarWithProofs;
  index: number;
  all: PillarWithProofs[];
  rememberMove: (id: string, d: 'up' | 'down') => void;
}) {
  const { notify } = useToast();
  const offerUndo = useOfferUndoOfLatest();
  const [confirming, setConfirming] = useState(false);
  const name = `pillar ${index + 1}`;

  async function move(id: string, items: HouseMessage[], i: number, direction: 'up' | 'down') {
    rememberMove(id, direction);
    try {
      await mutate('houseMessage.move', { id, to: placementFor(items, i, direction) });
    } catch (e) {
      notify({ kind: 'error', message: errorText(e) });
    }
  }

  async function removeProof(proof: HouseMessage) {
    keepFocusWhenRemoved();
    try {
      await mutate('houseMessage.remove', { id: proof.id });
      await offerUndo('Proof point removed');
    } catch (e) {
      notify({ kind: 'error', message: errorText(e) });
    }
  }

  return (
    <li className="pillar" data-item-id={pillar.id} aria-labelledby={`pillar-${pillar.id}`}>
      <div className="pillar-head">
        <h3 id={`pillar-${pillar.id}`} className="pillar-number">
          Pillar {index + 1}
          <span className="sr-only">: {pillar.text}</span>
        </h3>
        <span className="reorder">
          <IconButton icon="arrowLeft" label={`Move ${name} left`} data-move="up" disabled={index === 0} onClick={() => void move(pillar.id, all, index, 'up')} />
          <IconButton
            icon="arrowRight"
            label={`Move ${name} right`}
            data-move="down"
            disabled={index === all.length - 1}
            onClick={() => void move(pillar.id, all, index, 'down')}
          />
          <IconButton icon="trash" variant="danger" label={`Remove ${name}`} onClick={() => setConfirming(true)} />
        </span>
      </div>
      <InlineTextField
        label={`Text of ${name}`}
        hideLabel
        appearance="heading"
        wrap
        value={pillar.text}
        onSave={async (text) => (await mutate('houseMessage.update', { id: pillar.id, text })).text}
      />
      <div className="proofs">
        <h4 className="proofs-heading">Proof points</h4>
        {pillar.proofs.length === 0 ? (
          <p className="empty-line">Facts, figures and examples that make this pillar believable.</p>
        ) : (
          <ul className="proof-list">
            {pillar.proofs.map((proof, i) => (
              <li key={proof.id} className="proof" data-item-id={proof.id}>
                <InlineTextField
                  label={`Proof point ${i + 1} of ${name}`}
                  hideLabel
                  wrap
                  value={proof.text}
                  onSave={async (text) => (await mutate('houseMessage.update', { id: proof.id, text })).text}
                />
                <span className="reorder proof-tools">
                  <IconButton
                    icon="arrowUp"
                    label={`Move proof point ${i + 1} of ${name} up`}
                    data-move="up"
                    disabled={i === 0}
                    onClick={() => void move(proof.id, pillar.proofs, i, 'up')}
                  />
                  <IconButton
                    icon="arrowDown"
                    label={`Move proof point ${i + 1} of ${name} down`}
                    data-move="down"
                    disabled={i === pillar.proofs.length - 1}
                    onClick={() => void move(proof.id, pillar.proofs, i, 'down')}
                  />
                  <IconButton icon="trash" variant="danger" label={`Remove proof point ${i + 1} of ${name}`} onClick={() => void removeProof(proof)} />
                </span>
              </li>
            ))}
          </ul>
        )}
        <AddItemForm
          openLabel="Add proof point"
          openAriaLabel={`Add proof point to ${name}`}
          fieldLabel="Proof point"
          placeholder="A fact, figure or example"
          variant="quiet"
          onSubmit={async (text) => {
            await mutate('proof.create', { pillarId: pillar.id, text });
          }}
        />
      </div>
      <ConfirmDialog
        open={confirming}
        title={`Remove ${name}?`}
        message={
          <p>
            “{pillar.text}”
            {pillar.proofs.length > 0 ? ` and its ${pillar.proofs.length === 1 ? 'proof point' : `${pillar.proofs.length} proof points`}` : ''} will be
            removed. You can bring it back with Undo.
          </p>
        }
        confirmLabel="Remove pillar"
        danger
        onConfirm={async () => {
          await mutate('houseMessage.remove', { id: pillar.id });
          await offerUndo(`Pillar ${index + 1} removed`);
        }}
        onClose={() => setConfirming(false)}
      />
    </li>
  );
}
