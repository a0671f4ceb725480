// The calendar's keys, listed where a planner can find them: the "Keyboard" button, or "?" anywhere
// on the calendar outside a text field.
import { useEffect } from 'react';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';

const KEYS: [string, string][] = [
  ['Tab', 'Go from post to post, day to day; “+N more” shows a busy day’s other posts'],
  ['Enter', 'Open the post'],
  ['Space', 'Pick the post up to move it'],
  ['← →', 'While moving: one day earlier or later'],
  ['↑ ↓', 'While moving: one week (month view) or one hour (week view)'],
  ['B', 'While moving: to the backlog (from the backlog, an arrow brings it onto the first day shown)'],
  ['Space or Enter', 'While moving: put it down here'],
  ['Escape', 'While moving: leave it where it was'],
  ['?', 'Show these keys'],
];

export function KeyboardHelp({ open, onOpen, onClose }: { open: boolean; onOpen: () => void; onClose: () => void }) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.key !== '?' || target?.closest('input, textarea, select, [contenteditable="true"], dialog')) return;
      event.preventDefault();
      onOpen();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onOpen]);
  return (
    <Dialog open={open} onClose={onClose} title="Keyboard shortcuts" size="small" footer={<Button onClick={onClose}>Close</Button>}>
      <table className="key-table">
        <caption className="sr-only">Keys of the calendar</caption>
        <tbody>
          {KEYS.map(([key, what]) => (
            <tr key={key}>
              <th scope="row">
                <kbd>{key}</kbd>
              </th>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
