// When a post goes out (a local date and time in an IANA zone) and where it is in the workflow:
// approving names the approver; scheduling an unapproved post asks for an explicit override.
import { ITEM_STATUS_LABELS, type ContentItem, type ItemStatus } from '../../../shared/calendar';
import { DateTime } from '../../ui/RelativeTime';
import type { Draft } from './itemDraft';

type Set = <K extends keyof Draft>(key: K, value: Draft[K]) => void;

const ZONES: string[] = (() => {
  try {
    return (Intl as unknown as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
  } catch {
    return [];
  }
})();

export interface Approval {
  needsApprover: boolean;
  approver: string;
  setApprover: (v: string) => void;
  needsOverride: boolean;
  override: boolean;
  setOverride: (v: boolean) => void;
}

/** The editor's own checks name one of these fields; the rest come back from the core beside their field. */
export type EditorField = 'title' | 'date' | 'timeZone' | 'approver' | 'override';
type InvalidProps = { 'aria-invalid': true | undefined; 'aria-describedby': string | undefined };

export function ScheduleFields({
  idBase: id,
  draft,
  set,
  item,
  statusOptions,
  approval,
  invalid,
}: {
  idBase: string;
  draft: Draft;
  set: Set;
  item: ContentItem | null;
  statusOptions: ItemStatus[];
  approval: Approval;
  /** aria-invalid and the message's id for a field the form's own message is about. */
  invalid: (field: EditorField) => InvalidProps;
}) {
  return (
    <>
      <div className="form-row">
        <div className="form-field">
          <label htmlFor={`${id}-date`}>Date</label>
          <input id={`${id}-date`} type="date" className="inline-input" value={draft.date} onChange={(e) => set('date', e.target.value)} {...invalid('date')} />
        </div>
        <div className="form-field form-field-narrow ed-time">
          <label htmlFor={`${id}-time`}>Time</label>
          <input id={`${id}-time`} type="time" className="inline-input" value={draft.time} onChange={(e) => set('time', e.target.value)} />
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-zone`}>Time zone</label>
          <input dir="auto" id={`${id}-zone`} className="inline-input" list={`${id}-zones`} value={draft.timeZone} onChange={(e) => set('timeZone', e.target.value)} {...invalid('timeZone')} />
          <datalist id={`${id}-zones`}>
            {ZONES.map((z) => (
              <option key={z} value={z} />
            ))}
          </datalist>
        </div>
      </div>
      <p className="field-hint">Leave the date empty to keep the post in the backlog. The time is local to the zone: 09:00 in Africa/Nairobi stays 09:00 there across daylight-saving changes.</p>
      <div className="form-row">
        <div className="form-field">
          <label htmlFor={`${id}-status`}>Status</label>
          <select id={`${id}-status`} className="inline-input inline-select" value={draft.status} onChange={(e) => set('status', e.target.value as ItemStatus)}>
            {statusOptions.map((s) => (
              <option key={s} value={s}>
                {ITEM_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        {approval.needsApprover ? (
          <div className="form-field">
            <label htmlFor={`${id}-approver`}>Approved by</label>
            <input dir="auto" id={`${id}-approver`} className="inline-input" value={approval.approver} onChange={(e) => approval.setApprover(e.target.value)} {...invalid('approver')} />
          </div>
        ) : null}
        {approval.needsOverride ? (
          <label className="cal-override">
            <input type="checkbox" checked={approval.override} onChange={(e) => approval.setOverride(e.target.checked)} {...invalid('override')} />
            Schedule without approval (override)
          </label>
        ) : null}
      </div>
      {item?.approvedBy ? (
        <p className="field-hint">
          Approved by <bdi>{item.approvedBy}</bdi>
          {item.approvedAt ? (
            <>
              {' '}
              on <DateTime iso={item.approvedAt} />
            </>
          ) : null}
          . Changing a text, the media, links, hashtags or language sends it back to review; moving its date does not.
        </p>
      ) : null}
      {item?.status === 'in_review' && item.reviewReason ? (
        <p className="ed-banner ed-banner-warning" role="status">
          {item.reviewReason}
        </p>
      ) : null}
    </>
  );
}
