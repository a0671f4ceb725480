import { useRef, useState } from 'react';
import { api, mutate, saveFile } from '../../api';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { errorText } from '../../ui/errorText';
import { useToast } from '../../ui/Toast';

/** Export the calendar as iCalendar or CSV, and import posts from CSV. */
export function TransferButtons({ strategyId }: { strategyId: string }) {
  const { notify } = useToast();
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string[] | null>(null);

  async function exportAs(kind: 'ics' | 'csv') {
    try {
      // An export reads only: api.call, not mutate, so the month on screen is not fetched again.
      const file = kind === 'ics' ? await api.call('calendar.exportIcs', { strategyId }) : await api.call('calendar.exportCsv', { strategyId });
      const outcome = await saveFile({ fileName: file.fileName, mimeType: file.mimeType, data: file.content });
      if (outcome.saved) notify({ kind: 'success', message: outcome.message });
    } catch (e) {
      notify({ kind: 'error', message: errorText(e) });
    }
  }

  async function importFile(file: File) {
    try {
      const result = await mutate('calendar.importCsv', { strategyId, content: await file.text() });
      notify({ kind: 'success', message: `Imported ${result.imported} post${result.imported === 1 ? '' : 's'} from ${file.name}` });
    } catch (e) {
      const lines = (e as { issues?: { path: string; message: string }[] }).issues?.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)) ?? [];
      setProblem(lines.length ? lines : [errorText(e)]);
    }
  }

  return (
    <>
      <Button size="small" onClick={() => void exportAs('ics')}>
        Export .ics
      </Button>
      <Button size="small" onClick={() => void exportAs('csv')}>
        Export CSV
      </Button>
      <Button size="small" onClick={() => input.current?.click()}>
        Import CSV
      </Button>
      <input
        ref={input}
        type="file"
        accept=".csv,text/csv"
        className="sr-only"
        aria-label="CSV file to import"
        tabIndex={-1}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void importFile(file);
        }}
      />
      <Dialog open={problem !== null} onClose={() => setProblem(null)} title="The CSV file was not imported" size="small" footer={<Button onClick={() => setProblem(null)}>Close</Button>}>
        <p>Nothing was imported. Correct these rows and import the file again:</p>
        <ul className="cal-import-problems" role="alert">
          {(problem ?? []).map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      </Dialog>
    </>
  );
}
