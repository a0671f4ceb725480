// What a post serves: campaign, objective, assignee, language, audiences and key message.
import type { Campaign } from '../../../shared/calendar';
import type { StrategyDetail } from '../../../shared/domain';
import { useCall } from '../../api';
import type { Draft } from './itemDraft';

type Set = <K extends keyof Draft>(key: K, value: Draft[K]) => void;

export function ItemContextFields({ idBase: id, strategy, campaigns, draft, set }: { idBase: string; strategy: StrategyDetail; campaigns: Campaign[]; draft: Draft; set: Set }) {
  const audiences = useCall('audience.list', { strategyId: strategy.id });
  const messages = useCall('audienceMessage.list', { strategyId: strategy.id });
  return (
    <>
      <div className="form-row">
        <div className="form-field">
          <label htmlFor={`${id}-campaign`}>Campaign</label>
          <select id={`${id}-campaign`} className="inline-input inline-select" value={draft.campaignId} onChange={(e) => set('campaignId', e.target.value)}>
            <option value="">None</option>
            {campaigns.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-objective`}>Objective</label>
          <select id={`${id}-objective`} className="inline-input inline-select" value={draft.objectiveId} onChange={(e) => set('objectiveId', e.target.value)}>
            <option value="">None</option>
            {strategy.objectives.map((o) => (
              <option key={o.id} value={o.id}>
                {o.title}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="form-row">
        <div className="form-field">
          <label htmlFor={`${id}-assignee`}>Assignee</label>
          <input dir="auto" id={`${id}-assignee`} className="inline-input" value={draft.assignee} onChange={(e) => set('assignee', e.target.value)} />
        </div>
        <div className="form-field form-field-narrow">
          <label htmlFor={`${id}-language`}>Language</label>
          <input dir="auto" id={`${id}-language`} className="inline-input" value={draft.language} placeholder="en" onChange={(e) => set('language', e.target.value)} />
        </div>
      </div>
      {(audiences.data ?? []).length > 0 ? (
        <fieldset className="choice-group cal-audiences">
          <legend>Audiences</legend>
          <div className="cal-audience-list">
            {audiences.data!.map((a) => (
              <label key={a.id} className="cal-audience">
                <input
                  type="checkbox"
                  checked={draft.audienceIds.includes(a.id)}
                  onChange={(e) => set('audienceIds', e.target.checked ? [...draft.audienceIds, a.id] : draft.audienceIds.filter((x) => x !== a.id))}
                />
                {a.name}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      {(messages.data ?? []).length > 0 ? (
        <div className="form-field">
          <label htmlFor={`${id}-message`}>Key message</label>
          <select id={`${id}-message`} className="inline-input inline-select" value={draft.keyMessageId} onChange={(e) => set('keyMessageId', e.target.value)}>
            <option value="">None</option>
            {messages.data!.map((m) => (
              <option key={m.id} value={m.id}>
                {m.text.length > 90 ? `${m.text.slice(0, 89)}…` : m.text}
              </option>
            ))}
          </select>
        </div>
      ) : null}
    </>
  );
}
