// A series in one sentence, as a planner would say it: "Every week on Mon and Thu, until 30 Jun 2027,
// skipping 2 dates". Pure, so the editor and its tests read the same words.
import { WEEKDAYS, type Recurrence } from '../../../shared/calendar';
import { WEEKDAY_SHORT, shortDay, weekdayIndex } from './days';

function listWords(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** `startDate` is the post's own local date (YYYY-MM-DD), or '' while it has none. */
export function describeRecurrence(rule: Recurrence | null, startDate: string): string {
  if (!rule) return 'Does not repeat';
  const every = rule.interval > 1 ? `Every ${rule.interval} ${rule.freq === 'weekly' ? 'weeks' : 'months'}` : `Every ${rule.freq === 'weekly' ? 'week' : 'month'}`;
  let on = '';
  if (rule.freq === 'weekly') {
    const days = rule.byDay.length > 0 ? WEEKDAYS.filter((d) => rule.byDay.includes(d)).map((d) => WEEKDAY_SHORT[WEEKDAYS.indexOf(d)]!) : startDate ? [WEEKDAY_SHORT[weekdayIndex(startDate)]!] : [];
    if (days.length) on = ` on ${listWords(days)}`;
  } else if (startDate) {
    on = ` on the ${ordinal(Number(startDate.slice(8, 10)))}`;
  }
  const parts = [`${every}${on}`];
  if (rule.until) parts.push(`until ${shortDay(rule.until)} ${rule.until.slice(0, 4)}`);
  else if (rule.count) parts.push(rule.count === 1 ? 'once' : `${rule.count} times`);
  const skipped = new Set(rule.exceptions).size;
  if (skipped > 0) parts.push(`skipping ${skipped === 1 ? '1 date' : `${skipped} dates`}`);
  return parts.join(', ');
}
