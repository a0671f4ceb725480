import type { Audience } from '../../../../shared/audiences';
import { DateField } from '../../../ui/DateField';
import { Icon } from '../../../ui/Icon';
import { InlineTextField } from '../../../ui/InlineTextField';
import { PERSONAL_DATA_PROBLEM_TEXT, personalDataProblem } from '../model';
import { formatDay } from '../dates';

type Save = (patch: { lawfulBasis?: string; reviewDate?: string | null }) => Promise<Audience>;

/** For records of a person: why the mission may hold them, and when they will be looked at again. */
export function PersonalDataSection({ audience, save }: { audience: Audience; save: Save }) {
  const problem = personalDataProblem(audience);
  return (
    <section className="panel detail-section personal-data" aria-labelledby="personal-data-heading">
      <div className="personal-data-head">
        <h2 id="personal-data-heading">Personal data</h2>
        <span className="personal-data-tag">
          <Icon name="lock" size={12} />
          About a person
        </span>
      </div>
      <p className="personal-data-intro">
        This record describes a natural person. Keep only what the work needs, note the lawful basis for holding it, and set a
        date to review it, as the ministry's data-protection officer will ask.
      </p>
      {problem ? (
        <p className="warning-note" id="personal-data-warning">
          <Icon name="alert" size={15} />
          <span>
            {PERSONAL_DATA_PROBLEM_TEXT[problem]}
            {problem === 'overdue' && audience.reviewDate ? ` (due ${formatDay(audience.reviewDate)})` : ''}
          </span>
        </p>
      ) : null}
      <InlineTextField
        label="Lawful basis"
        multiline
        value={audience.lawfulBasis}
        placeholder="e.g. Public task: press relations; contact details published by the outlet"
        onSave={async (lawfulBasis) => (await save({ lawfulBasis })).lawfulBasis}
      />
      <DateField label="Review date" value={audience.reviewDate} onSave={async (reviewDate) => (await save({ reviewDate })).reviewDate} />
    </section>
  );
}
