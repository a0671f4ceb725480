// What the channel plan can honestly say when it has no gaps to list: gaps cover high-priority
// audiences only, so with none marked high (or others unreached) "all covered" would not be true.
import type { ChannelPlan } from '../../../shared/audiences';
import { Icon } from '../../ui/Icon';

const audiences = (n: number) => `${n} ${n === 1 ? 'audience' : 'audiences'}`;
const have = (n: number) => (n === 1 ? 'has' : 'have');

export function CoverageNote({ coverage }: { coverage: ChannelPlan['coverage'] }) {
  const { highPriority, withoutMessage, withoutPlatform } = coverage;
  const rest = [
    withoutMessage ? `${withoutMessage} of ${audiences(coverage.audiences)} ${have(withoutMessage)} no key message yet.` : null,
    withoutPlatform ? `${audiences(withoutPlatform)} ${have(withoutPlatform)} no platform to reach them on yet.` : null,
  ].filter(Boolean);
  const allReached = rest.length === 0;
  const lead =
    highPriority === 0
      ? allReached
        ? 'Every audience has a message and a platform.'
        : 'No audience is marked high priority, so none is listed as a gap.'
      : 'Every high-priority audience has a message and a platform.';
  return (
    <p className={allReached ? 'no-gaps' : 'no-gaps no-gaps-partial'}>
      <Icon name={allReached ? 'check' : 'info'} size={16} /> {[lead, ...rest].join(' ')}
    </p>
  );
}
