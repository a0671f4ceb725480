// The post's text for each chosen platform, with its live length against the platform's limit.
import { checkLength } from '../../../shared/calendarText';
import { PLATFORM_KIND_LABELS, type StrategyDetail } from '../../../shared/domain';
import type { Draft } from './itemDraft';

export function PlatformTextFields({
  idBase,
  platforms,
  draft,
  onPlatforms,
  onTexts,
}: {
  idBase: string;
  platforms: StrategyDetail['platforms'];
  draft: Draft;
  onPlatforms: (ids: string[]) => void;
  onTexts: (texts: Record<string, string>) => void;
}) {
  return (
    <fieldset className="choice-group">
      <legend>Platforms and text</legend>
      {platforms.length === 0 ? <p className="muted">This strategy has no platforms yet; add them under Platforms.</p> : null}
      {platforms.map((p) => {
        const on = draft.platforms.includes(p.id);
        const text = draft.texts[p.id] ?? '';
        const check = checkLength(p.kind, text);
        const name = p.name || PLATFORM_KIND_LABELS[p.kind];
        return (
          <div key={p.id} className="cal-variant">
            <label className="cal-variant-toggle">
              <input type="checkbox" checked={on} onChange={(e) => onPlatforms(e.target.checked ? [...draft.platforms, p.id] : draft.platforms.filter((x) => x !== p.id))} />
              {name}
            </label>
            {on ? (
              <>
                <textarea
                  className="inline-input inline-textarea"
                  aria-label={`Text for ${name}`}
                  rows={3}
                  value={text}
                  onChange={(e) => onTexts({ ...draft.texts, [p.id]: e.target.value })}
                  aria-describedby={`${idBase}-len-${p.id}`}
                  aria-invalid={check.over || undefined}
                />
                <span id={`${idBase}-len-${p.id}`} className={`cal-counter${check.over ? ' cal-counter-over' : ''}`} aria-live="polite">
                  {check.limit !== null ? `${check.length} / ${check.limit}` : `${check.length} characters`}
                  {check.over ? ` (over the ${name} limit by ${check.length - check.limit!})` : ''}
                </span>
              </>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}
