import { format, formatDistanceToNow, isValid, parseISO } from 'date-fns';
import { useEffect, useState } from 'react';

/** Re-renders every minute so that "5 minutes ago" stays true. */
function useMinuteTick() {
  const [, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), 60_000);
    return () => clearInterval(timer);
  }, []);
}

export function formatDateTime(iso: string): string {
  const date = parseISO(iso);
  return isValid(date) ? format(date, 'd MMM yyyy, HH:mm') : iso;
}

/** "3 minutes ago", with the exact date and time for hover and assistive technology. */
export function RelativeTime({ iso }: { iso: string }) {
  useMinuteTick();
  const date = parseISO(iso);
  if (!isValid(date)) return <span>{iso}</span>;
  const exact = formatDateTime(iso);
  return (
    <time dateTime={iso} title={exact}>
      {formatDistanceToNow(date, { addSuffix: true })}
    </time>
  );
}

/** An exact date and time, e.g. "4 Mar 2026, 09:15". */
export function DateTime({ iso }: { iso: string }) {
  return <time dateTime={iso}>{formatDateTime(iso)}</time>;
}
