// The post's text for each chosen platform, with its live length against the platform's limit.
// Written once, used everywhere: a platform ticked with no text yet starts from the text of the
// first ticked platform (in the list's order) that has one, for the planner to trim; a text that is
// already there is never replaced.
import { checkLength } from '../../../shared/calendarText';
import { platformLabel, type StrategyDetail } from '../../../shared/domain';
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
  function tick(platformId: string, on: boolean) {
    if (!on) return onPlatforms(draft.platforms.filter((x) => x !== platformId));
    onPlatforms([...draft.platforms, platformId]);
    if (draft.texts[platformId]) return;
    const source = platforms.find((p) => draft.platforms.includes(p.id) && draft.texts[p.id]?.trim());
    if (source) onTexts({ ...draft.texts, [platformId]: draft.texts[source.id]! });
  }

  return (
    <fieldset className="choice-group">
      <legend>Platforms and text</legend>
      {platforms.length === 0 ? (
        <p className="muted">This strategy has no platforms yet; add them under Platforms.</p>
      ) : platforms.length > 1 ? (
        <p className="field-hint">A platform you tick starts with the text already written; trim it to fit.</p>
      ) : null}
      {platforms.map((p) => {
        const on = draft.platforms.includes(p.id);
        const text = draft.texts[p.id] ?? '';
        const check = checkLength(p.kind, text);
        const name = platformLabel(p);
        return (
          <div key={p.id} className="cal-variant">
            <label className="cal-variant-toggle">
              <input type="checkbox" checked={on} onChange={(e) => tick(p.id, e.target.checked)} />
              {name}
            </label>
            {on ? (
              <>
                <textarea dir="auto"
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
