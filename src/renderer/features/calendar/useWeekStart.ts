// The day the calendar's weeks start on: Monday, Sunday or Saturday, for missions whose working week
// differs. Defaults from the laptop's language and region; a choice is kept on this laptop.
import { useCallback, useState } from 'react';
import { localeWeekStart, type WeekStart } from './days';

const KEY = 'chancery.calendar.weekStart';

function stored(): WeekStart | null {
  try {
    const value = Number(localStorage.getItem(KEY));
    return value === 0 || value === 5 || value === 6 ? value : null;
  } catch {
    return null;
  }
}

export function useWeekStart(): [WeekStart, (start: WeekStart) => void] {
  const [start, setStart] = useState<WeekStart>(() => stored() ?? localeWeekStart(navigator.language));
  const choose = useCallback((next: WeekStart) => {
    setStart(next);
    try {
      localStorage.setItem(KEY, String(next));
    } catch {
      // Without storage the choice lasts for this session only.
    }
  }, []);
  return [start, choose];
}
