import type { Audience, Relationship } from '../../../../shared/audiences';
import { mutate } from '../../../api';
import { strategyHref } from '../../../app/routes';
import { IconButton } from '../../../ui/Button';
import { errorText } from '../../../ui/errorText';
import { keepFocusWhenRemoved } from '../../../ui/focusFallback';
import { useToast } from '../../../ui/Toast';
import { RelationshipForm } from '../graph/RelationshipForm';
import { relationText } from '../model';
import { useOfferUndoOfLatest } from '../undo';

/** Who this audience works for, partners with, influences or opposes, and who does so to it. */
export function AudienceRelationships({
  audience,
  relationships,
  index,
  audiences,
}: {
  audience: Audience;
  relationships: Relationship[];
  index: Map<string, Audience>;
  audiences: Audience[];
}) {
  const { notify } = useToast();
  const offerUndo = useOfferUndoOfLatest();
  const nameOf = (id: string) => index.get(id)?.name ?? 'a removed audience';

  async function remove(rel: Relationship) {
    keepFocusWhenRemoved();
    try {
      await mutate('relationship.remove', { id: rel.id });
      await offerUndo('Relationship removed');
    } catch (e) {
      notify({ kind: 'error', message: errorText(e) });
    }
  }

  return (
    <section className="panel detail-section" aria-labelledby="rel-heading">
      <h2 id="rel-heading">Relationships</h2>
      {relationships.length === 0 ? (
        <p className="empty-line">Not linked to other audiences yet.</p>
      ) : (
        <ul className="rel-list">
          {relationships.map((rel) => {
            const outgoing = rel.fromId === audience.id;
            const other = outgoing ? rel.toId : rel.fromId;
            const sentence = outgoing
              ? `${audience.name} ${relationText(rel)} ${nameOf(other)}`
              : `${nameOf(other)} ${relationText(rel)} ${audience.name}`;
            const link = index.has(other) ? <a href={strategyHref(audience.strategyId, 'audiences', other)}>{nameOf(other)}</a> : <span>{nameOf(other)}</span>;
            return (
              <li key={rel.id} className="rel-entry">
                <p className="rel-entry-body">
                  {outgoing ? (
                    <>
                      <span className="rel-kind">{relationText(rel)}</span> {link}
                    </>
                  ) : (
                    <>
                      {link} <span className="rel-kind">{relationText(rel)} this audience</span>
                    </>
                  )}
                </p>
                <IconButton icon="trash" variant="danger" label={`Remove relationship: ${sentence}`} onClick={() => void remove(rel)} />
              </li>
            );
          })}
        </ul>
      )}
      <RelationshipForm audiences={audiences} from={audience} heading={`Link ${audience.name} to another audience`} />
    </section>
  );
}
