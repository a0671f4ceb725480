import { useEffect, useState } from 'react';
import type { Platform } from '../../../../shared/domain';
import { strategyHref } from '../../../app/routes';
import { errorText } from '../../../ui/errorText';
import { useToast } from '../../../ui/Toast';
import { platformName } from '../../platforms/completeness';

/** The strategy's platforms this audience uses, ticked on and off and saved at once. */
export function PlatformChoices({
  strategyId,
  platforms,
  value,
  onSave,
  legend = 'Platforms they use',
}: {
  strategyId: string;
  platforms: Platform[];
  value: string[];
  onSave: (next: string[]) => Promise<unknown>;
  legend?: string;
}) {
  const [shown, setShown] = useState(value);
  const { notify } = useToast();
  const valueKey = value.join();
  useEffect(() => setShown(value), [valueKey]);

  async function toggle(id: string, on: boolean) {
    const next = on ? [...shown, id] : shown.filter((p) => p !== id);
    setShown(next);
    try {
      await onSave(next);
    } catch (e) {
      setShown(value);
      notify({ kind: 'error', message: errorText(e) });
    }
  }

  return (
    <fieldset className="platform-choices">
      <legend>{legend}</legend>
      {platforms.length === 0 ? (
        <p className="empty-line">
          The strategy has no platforms yet. <a href={strategyHref(strategyId, 'platforms')}>Add the mission's platforms</a> first.
        </p>
      ) : (
        <ul>
          {platforms.map((p) => (
            <li key={p.id}>
              <label className="check-chip">
                <input type="checkbox" checked={shown.includes(p.id)} onChange={(e) => void toggle(p.id, e.target.checked)} />
                {platformName(p)}
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
