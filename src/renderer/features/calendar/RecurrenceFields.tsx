// How a post repeats: weekly on chosen weekdays or monthly, every N weeks or months, ending never,
// on a date or after N times, with dates to skip. A sentence under the fields says it back.
import { useState } from 'react';
import { WEEKDAYS, type Recurrence, type Weekday } from '../../../shared/calendar';
import { DEFAULT_POST_TIME, expandOccurrences, isValidTimeZone, localToInstant } from '../../../shared/calendarTime';
import { Button } from '../../ui/Button';
import { WEEKDAY_SHORT, addDays, dayLabel, weekdayIndex } from './days';
import type { EndKind, RecurrenceDraft, RepeatKind } from './itemDraft';
import { describeRecurrence } from './recurrenceText';

const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** The rule as far as it can be read while the planner is still typing (for the sentence and the date check). */
function looseRule(r: RecurrenceDraft): Recurrence | null {
  if (r.repeat === 'none') return null;
  const whole = (s: string) => (/^\d+$/.test(s.trim()) && Number(s) > 0 ? Number(s) : null);
  return {
    freq: r.repeat,
    interval: whole(r.interval) ?? 1,
    byDay: r.repeat === 'weekly' ? r.byDay : [],
    until: r.end === 'until' && r.until ? r.until : null,
    count: r.end === 'count' ? whole(r.count) : null,
    exceptions: r.exceptions,
  };
}

/** Whether the series (without its exceptions) has an occurrence on `date`; null when that cannot be told yet. */
function fallsOn(rule: Recurrence, start: { date: string; time: string; zone: string }, date: string): boolean | null {
  if (!start.date || !isValidTimeZone(start.zone)) return null;
  try {
    const at = localToInstant(start.date, start.time || DEFAULT_POST_TIME, start.zone);
    const from = localToInstant(date, '00:00', start.zone);
    const to = localToInstant(addDays(date, 1), '00:00', start.zone);
    return expandOccurrences(at, start.zone, { ...rule, exceptions: [] }, from, to).length > 0;
  } catch {
    return null;
  }
}

export function RecurrenceFields({
  idBase,
  value,
  onChange,
  start,
  error,
}: {
  idBase: string;
  value: RecurrenceDraft;
  onChange: (next: RecurrenceDraft) => void;
  /** The post's own date, time and zone: where the series starts. */
  start: { date: string; time: string; zone: string };
  error: string | null;
}) {
  const [skip, setSkip] = useState('');
  const [skipError, setSkipError] = useState('');
  const set = (patch: Partial<RecurrenceDraft>) => onChange({ ...value, ...patch });
  const rule = looseRule(value);
  const unit = value.repeat === 'monthly' ? 'months' : 'weeks';
  const ids = { repeat: `${idBase}-repeat`, every: `${idBase}-every`, until: `${idBase}-until`, count: `${idBase}-count`, skip: `${idBase}-skip`, error: `${idBase}-rec-error` };

  function addSkip() {
    setSkipError('');
    if (!skip) return setSkipError('Choose a date to skip');
    if (value.exceptions.includes(skip)) return setSkipError(`${dayLabel(skip)} is already skipped`);
    if (rule && fallsOn(rule, start, skip) === false) return setSkipError(`The series has no post on ${dayLabel(skip)}; choose one of its dates`);
    set({ exceptions: [...value.exceptions, skip].sort() });
    setSkip('');
  }

  return (
    <fieldset className="choice-group ed-recurrence" aria-describedby={error ? ids.error : undefined}>
      <legend>Repeat</legend>
      <div className="form-row ed-row">
        <div className="form-field">
          <label htmlFor={ids.repeat}>Repeats</label>
          <select id={ids.repeat} className="inline-input inline-select" value={value.repeat} onChange={(e) => set({ repeat: e.target.value as RepeatKind })}>
            <option value="none">Does not repeat</option>
            <option value="weekly">Weekly</option>
            <option value="monthly">Monthly</option>
          </select>
        </div>
        {value.repeat !== 'none' ? (
          <div className="form-field ed-every">
            <label htmlFor={ids.every}>Every</label>
            <span className="ed-inline">
              <input dir="auto" id={ids.every} className="inline-input ed-number" inputMode="numeric" value={value.interval} onChange={(e) => set({ interval: e.target.value })} aria-describedby={`${ids.every}-unit`} />
              <span id={`${ids.every}-unit`}>{unit}</span>
            </span>
          </div>
        ) : null}
      </div>
      {value.repeat === 'weekly' ? (
        <fieldset className="ed-weekdays">
          <legend>On</legend>
          {WEEKDAYS.map((d: Weekday, i) => (
            <label key={d} className={`ed-weekday${value.byDay.includes(d) ? ' ed-weekday-on' : ''}`}>
              <input type="checkbox" checked={value.byDay.includes(d)} onChange={(e) => set({ byDay: e.target.checked ? [...value.byDay, d] : value.byDay.filter((x) => x !== d) })} />
              <span aria-hidden="true">{WEEKDAY_SHORT[i]}</span>
              <span className="sr-only">{WEEKDAY_NAMES[i]}</span>
            </label>
          ))}
          {value.byDay.length === 0 && start.date ? <span className="field-hint ed-weekday-hint">None ticked: on the post’s own weekday.</span> : null}
          {value.byDay.length > 0 && start.date && !value.byDay.includes(WEEKDAYS[weekdayIndex(start.date)]!) ? (
            <span className="field-hint ed-weekday-hint">
              {dayLabel(start.date)} is not one of these days, so the series starts on the next ticked day after it.
            </span>
          ) : null}
        </fieldset>
      ) : null}
      {value.repeat !== 'none' ? (
        <>
          <fieldset className="ed-ends">
            <legend>Ends</legend>
            {(
              [
                ['never', 'Never'],
                ['until', 'On a date'],
                ['count', 'After a number of times'],
              ] as [EndKind, string][]
            ).map(([kind, label]) => (
              <label key={kind} className="ed-end">
                <input type="radio" name={`${idBase}-end`} checked={value.end === kind} onChange={() => set({ end: kind })} />
                {label}
              </label>
            ))}
            {value.end === 'until' ? (
              <span className="ed-inline">
                <label htmlFor={ids.until}>Last date</label>
                <input id={ids.until} type="date" className="inline-input" value={value.until} min={start.date || undefined} onChange={(e) => set({ until: e.target.value })} />
              </span>
            ) : null}
            {value.end === 'count' ? (
              <span className="ed-inline">
                <label htmlFor={ids.count}>Number of times</label>
                <input dir="auto" id={ids.count} className="inline-input ed-number" inputMode="numeric" value={value.count} onChange={(e) => set({ count: e.target.value })} />
              </span>
            ) : null}
          </fieldset>
          <div className="ed-skips">
            <h3 className="ed-subhead" id={`${ids.skip}-heading`}>
              Skipped dates
            </h3>
            {value.exceptions.length === 0 ? (
              <p className="field-hint">No dates skipped. Skip a date for a holiday or a day the post should not go out.</p>
            ) : (
              <ul className="ed-skip-list" aria-labelledby={`${ids.skip}-heading`}>
                {value.exceptions.map((d) => (
                  <li key={d} className="ed-skip">
                    <span>Skip {dayLabel(d)}</span>
                    <Button size="small" variant="quiet" aria-label={`Stop skipping ${dayLabel(d)}`} onClick={() => set({ exceptions: value.exceptions.filter((x) => x !== d) })}>
                      Remove
                    </Button>
                  </li>
                ))}
              </ul>
            )}
            <span className="ed-inline">
              <label htmlFor={ids.skip}>Date to skip</label>
              <input
                id={ids.skip}
                type="date"
                className="inline-input"
                value={skip}
                min={start.date || undefined}
                onChange={(e) => setSkip(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    addSkip();
                  }
                }}
                aria-invalid={skipError ? true : undefined}
                aria-describedby={skipError ? `${ids.skip}-error` : undefined}
              />
              <Button size="small" onClick={addSkip}>
                Skip date
              </Button>
            </span>
            {skipError ? (
              <p id={`${ids.skip}-error`} className="ed-error" role="alert">
                {skipError}
              </p>
            ) : null}
          </div>
        </>
      ) : null}
      <p className="ed-summary" aria-live="polite">
        {describeRecurrence(rule, start.date)}
        {rule && !start.date ? ' (from the post’s date: choose one above)' : ''}
      </p>
      {error ? (
        <p id={ids.error} className="ed-error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
