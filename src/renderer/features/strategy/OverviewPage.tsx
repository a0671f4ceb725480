import { STRATEGY_STATUSES, STRATEGY_STATUS_LABELS, type StrategyDetail } from '../../../shared/domain';
import { InlineNumberField } from '../../ui/InlineNumberField';
import { InlineTextField } from '../../ui/InlineTextField';
import { PageHeader } from '../../ui/PageHeader';
import { DateTime, RelativeTime } from '../../ui/RelativeTime';
import { SelectField, optionsFrom } from '../../ui/SelectField';
import { GlanceLists, GlanceStats } from './AtAGlance';
import { useStrategyUpdate } from './useStrategyUpdate';
import './strategy.css';

const statusOptions = optionsFrom(STRATEGY_STATUSES, STRATEGY_STATUS_LABELS);

export function OverviewPage({ strategy }: { strategy: StrategyDetail }) {
  const update = useStrategyUpdate(strategy.id);
  return (
    <div className="page">
      <PageHeader
        title="Overview"
        lede={
          <>
            Created <DateTime iso={strategy.createdAt} /> · Last changed <RelativeTime iso={strategy.updatedAt} />
          </>
        }
      />
      <GlanceStats strategy={strategy} />
      <section className="panel overview-details" aria-labelledby="overview-details-heading">
        <h2 id="overview-details-heading" className="section-heading">
          Details
        </h2>
        <InlineTextField
          label="Title"
          value={strategy.title}
          onSave={async (title) => (await update({ title })).title}
        />
        <div className="overview-row">
          <InlineNumberField
            label="Year"
            integer
            required
            value={strategy.year}
            onSave={async (year) => (await update({ year: year ?? undefined })).year}
            className="overview-year"
          />
          <SelectField
            label="Status"
            value={strategy.status}
            options={statusOptions}
            onSave={async (status) => (await update({ status })).status}
            className="overview-status"
          />
          <InlineTextField
            label="Mission or unit"
            value={strategy.mission}
            placeholder="e.g. the embassy, consulate or department"
            onSave={async (mission) => (await update({ mission })).mission}
            className="overview-mission"
          />
        </div>
        <InlineTextField
          label="Vision"
          multiline
          value={strategy.vision}
          placeholder="What the mission's digital presence should achieve by the end of the year"
          hint="Saved when you leave the field, or with Ctrl+Enter."
          draftKey={`strategy:${strategy.id}:vision`}
          onSave={async (vision) => (await update({ vision })).vision}
        />
      </section>
      <GlanceLists strategy={strategy} />
    </div>
  );
}
