import { useState, type ReactNode } from 'react';
import {
  AUDIENCE_KINDS,
  AUDIENCE_KIND_LABELS,
  AUDIENCE_PRIORITIES,
  STANCES,
  STANCE_LABELS,
  quadrantOf,
  type Audience,
  type Engagement,
  type Relationship,
} from '../../../../shared/audiences';
import type { Input } from '../../../../shared/contract';
import type { StrategyDetail } from '../../../../shared/domain';
import { mutate, useCall, useMutation } from '../../../api';
import { navigate, strategyHref } from '../../../app/routes';
import { Button } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { EmptyState } from '../../../ui/EmptyState';
import { Icon } from '../../../ui/Icon';
import { InlineNumberField } from '../../../ui/InlineNumberField';
import { InlineTextField } from '../../../ui/InlineTextField';
import { PageHeader } from '../../../ui/PageHeader';
import { SelectField, optionsFrom } from '../../../ui/SelectField';
import { LanguagesField } from '../../platforms/LanguagesField';
import { formatDay } from '../dates';
import { PERSONAL_DATA_PROBLEM_TEXT, PRIORITY_LABELS, holdsPersonalData, kindLabel, personalDataProblem, quadrantLabel, useAudienceIndex, useAudiences } from '../model';
import { useOfferUndoOfLatest } from '../undo';
import { AudienceRelationships } from './AudienceRelationships';
import { EngagementLog } from './EngagementLog';
import { RemovalSummary } from './RemovalSummary';
import { ListField } from './ListField';
import { PersonalDataSection } from './PersonalDataSection';
import { PlatformChoices } from './PlatformChoices';

const kindOptions = optionsFrom(AUDIENCE_KINDS, AUDIENCE_KIND_LABELS);
const stanceOptions = optionsFrom(STANCES, STANCE_LABELS);
const priorityOptions = optionsFrom(AUDIENCE_PRIORITIES, PRIORITY_LABELS);

type Patch = Input<'audience.update'>['patch'];

/** Everything about one audience, each field saved as it is left. */
export function AudienceDetailPage({ strategy, audienceId }: { strategy: StrategyDetail; audienceId: string }) {
  // While the audience is being removed, stop reading it: it is about to be gone, and the page with it.
  const [removing, setRemoving] = useState(false);
  const { data: audience, error } = useCall('audience.get', { id: audienceId }, { enabled: !removing });
  const { data: all } = useAudiences(strategy.id);
  const index = useAudienceIndex(all);
  const back = (
    <a className="back-link" href={strategyHref(strategy.id, 'audiences')}>
      <Icon name="chevronLeft" size={14} />
      All audiences
    </a>
  );

  if (!audience) {
    return (
      <div className="page page-wide">
        {back}
        {error ? (
          <>
            <h1 className="sr-only">Audience not available</h1>
            <EmptyState title={error.code === 'not_found' ? 'This audience is no longer here' : 'This audience could not be opened'} icon="alert">
              <p>{error.code === 'not_found' ? 'It may have been removed. Undo in the top bar brings back a removal just made.' : error.message}</p>
            </EmptyState>
          </>
        ) : (
          <p className="loading" role="status">
            Opening the audience…
          </p>
        )}
      </div>
    );
  }
  return (
    <AudienceEditor
      strategy={strategy}
      audience={audience}
      back={back}
      index={index}
      all={all ?? []}
      engagements={audience.engagements}
      relationships={audience.relationships}
      onRemoving={setRemoving}
    />
  );
}

function AudienceEditor({
  strategy,
  audience,
  back,
  index,
  all,
  engagements,
  relationships,
  onRemoving,
}: {
  onRemoving: (removing: boolean) => void;
  strategy: StrategyDetail;
  audience: Audience;
  back: ReactNode;
  index: Map<string, Audience>;
  all: Audience[];
  engagements: Engagement[];
  relationships: Relationship[];
}) {
  const { mutate: update } = useMutation('audience.update');
  const [confirming, setConfirming] = useState(false);
  const offerUndo = useOfferUndoOfLatest();
  const save = (patch: Patch) => update({ id: audience.id, patch });
  const quadrant = quadrantOf(audience.influence, audience.interest);
  const problem = personalDataProblem(audience);

  return (
    <div className="page page-wide">
      {back}
      <PageHeader
        overline={
          <>
            {kindLabel(audience)}
            {holdsPersonalData(audience) ? (
              <span className="personal-data-tag overline-tag">
                <Icon name="lock" size={11} />
                Personal data
              </span>
            ) : null}
          </>
        }
        title={audience.name}
        lede={
          <>
            {quadrantLabel(audience)} · {PRIORITY_LABELS[audience.priority].toLowerCase()} priority ·{' '}
            {audience.latestContact ? `latest contact ${formatDay(audience.latestContact)}` : 'no contact logged yet'}
          </>
        }
        actions={
          <>
            <a className="btn btn-secondary btn-small" href={strategyHref(strategy.id, 'messages', audience.id)}>
              Messages for this audience
            </a>
            <Button size="small" variant="quiet" icon="trash" onClick={() => setConfirming(true)}>
              Remove audience
            </Button>
          </>
        }
      />
      {problem ? (
        <p className="warning-note pd-banner">
          <Icon name="alert" size={15} />
          <span>
            {PERSONAL_DATA_PROBLEM_TEXT[problem]} <button
              type="button"
              className="link-button"
              onClick={() => {
                const section = document.getElementById('personal-data-heading');
                section?.scrollIntoView({ block: 'center' });
                section?.closest('section')?.querySelector<HTMLElement>('textarea, input')?.focus({ preventScroll: true });
              }}
            >
              Go to the personal data section
            </button>
          </span>
        </p>
      ) : null}
      <div className="detail-grid">
        <div className="detail-main">
          <section className="panel detail-section" aria-labelledby="profile-heading">
            <h2 id="profile-heading">Profile</h2>
            <div className="detail-row">
              <InlineTextField label="Name" value={audience.name} onSave={async (name) => (await save({ name })).name} />
              <SelectField label="Kind" value={audience.kind} options={kindOptions} onSave={async (kind) => (await save({ kind })).kind} />
            </div>
            <div className="detail-row detail-row-scores">
              <InlineNumberField
                label="Influence"
                integer
                required
                value={audience.influence}
                onSave={async (influence) => (await save({ influence: influence ?? undefined })).influence}
              />
              <InlineNumberField
                label="Interest"
                integer
                required
                value={audience.interest}
                onSave={async (interest) => (await save({ interest: interest ?? undefined })).interest}
              />
              <p className="score-quadrant">
                <span className={`quadrant-tag q-${quadrant}`}>{quadrantLabel(audience)}</span>{' '}
                <span className="muted">Scores from 1 (low) to 5 (high). </span>
                <a href={strategyHref(strategy.id, 'audience-map')}>See the map</a>
              </p>
            </div>
            <div className="detail-row">
              <SelectField label="Stance" value={audience.stance} options={stanceOptions} onSave={async (stance) => (await save({ stance })).stance} />
              <SelectField label="Priority" value={audience.priority} options={priorityOptions} onSave={async (priority) => (await save({ priority })).priority} />
            </div>
            <div className="detail-row">
              <ListField
                label="Regions and countries"
                value={audience.regions}
                hint="Separated by commas, e.g. Nordhaven, Baltic coast"
                onSave={async (regions) => (await save({ regions })).regions}
              />
              <LanguagesField label="Languages" value={audience.languages} onSave={async (languages) => (await save({ languages })).languages} />
            </div>
            <PlatformChoices
              strategyId={strategy.id}
              platforms={strategy.platforms}
              value={audience.platformIds}
              onSave={(platformIds) => save({ platformIds })}
            />
            <InlineTextField
              label="What they need from us"
              multiline
              value={audience.needs}
              draftKey={`audience:${audience.id}:needs`}
              placeholder="Information, access, reassurance, opportunities…"
              onSave={async (needs) => (await save({ needs })).needs}
            />
            <InlineTextField label="Notes" multiline value={audience.notes} draftKey={`audience:${audience.id}:notes`} onSave={async (notes) => (await save({ notes })).notes} />
            <ListField label="Tags" value={audience.tags} hint="Separated by commas" onSave={async (tags) => (await save({ tags })).tags} />
          </section>
          {holdsPersonalData(audience) ? <PersonalDataSection audience={audience} save={save} /> : null}
        </div>
        <div className="detail-side">
          <EngagementLog audienceId={audience.id} audienceName={audience.name} engagements={engagements} />
          <AudienceRelationships audience={audience} relationships={relationships} index={index} audiences={all} />
        </div>
      </div>
      <ConfirmDialog
        open={confirming}
        title={`Remove ${audience.name}?`}
        message={confirming ? <RemovalSummary audienceId={audience.id} name={audience.name} /> : null}
        confirmLabel="Remove audience"
        danger
        onConfirm={async () => {
          onRemoving(true);
          try {
            await mutate('audience.remove', { id: audience.id });
          } catch (e) {
            onRemoving(false);
            throw e;
          }
          navigate({ view: 'strategy', strategyId: strategy.id, place: 'audiences' });
          await offerUndo(`${audience.name} removed`);
        }}
        onClose={() => setConfirming(false)}
      />
    </div>
  );
}
