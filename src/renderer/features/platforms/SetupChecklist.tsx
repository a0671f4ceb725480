import { useEffect, useId, useState } from 'react';
import { SETUP_CHECKLIST, type ChecklistKey, type Platform } from '../../../shared/domain';
import type { PlatformPatch } from '../../../shared/contract';
import { errorText } from '../../ui/errorText';
import { ProgressBar } from '../../ui/ProgressBar';
import { useToast } from '../../ui/Toast';
import { platformName, setupCompleteness } from './completeness';

/** The steps to a formal presence, ticked off one by one and saved at once. */
export function SetupChecklist({ platform, save }: { platform: Platform; save: (patch: PlatformPatch) => Promise<Platform> }) {
  const [pending, setPending] = useState<Partial<Record<ChecklistKey, boolean>>>({});
  const { notify } = useToast();
  const id = useId();
  const shown = { ...platform, ...pending };
  const { done, total, ratio } = setupCompleteness(shown);
  const name = platformName(platform);

  // A tick shows at once and stays until the stored platform says the same (no flicker back).
  useEffect(() => {
    setPending((p) => {
      const keys = Object.keys(p) as ChecklistKey[];
      const settled = keys.filter((key) => platform[key] === p[key]);
      if (settled.length === 0) return p;
      const next = { ...p };
      for (const key of settled) delete next[key];
      return next;
    });
  }, [platform]);

  async function toggle(key: ChecklistKey, checked: boolean) {
    setPending((p) => ({ ...p, [key]: checked }));
    try {
      await save({ [key]: checked });
    } catch (e) {
      notify({ kind: 'error', message: errorText(e) });
      setPending((p) => {
        const next = { ...p };
        delete next[key];
        return next;
      });
    }
  }

  return (
    <fieldset className="checklist">
      <legend className="checklist-legend">
        Set-up checklist<span className="sr-only"> for {name}</span>
      </legend>
      <div className="checklist-meter">
        <ProgressBar value={ratio} label={`Set-up of ${name}`} showText={false} tone={ratio === 1 ? 'success' : 'accent'} />
        <span className="checklist-count">
          {done} of {total} done
        </span>
      </div>
      <ul className="checklist-items">
        {SETUP_CHECKLIST.map((item) => (
          <li key={item.key}>
            <label className="checklist-item" htmlFor={`${id}-${item.key}`}>
              <input
                id={`${id}-${item.key}`}
                type="checkbox"
                checked={shown[item.key]}
                onChange={(e) => void toggle(item.key, e.target.checked)}
              />
              <span>{item.label}</span>
              <span className="sr-only"> for {name}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
