import { format, isValid, parseISO } from 'date-fns';

/** "4 Mar 2027" for a YYYY-MM-DD date. */
export function formatDay(iso: string): string {
  const date = parseISO(iso);
  return isValid(date) ? format(date, 'd MMM yyyy') : iso;
}
