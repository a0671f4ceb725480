import { useRef, useState } from 'react';
import { mutate } from '../../api';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { errorText } from '../../ui/errorText';
import { useToast } from '../../ui/Toast';

function download(content: string, fileName: string, mimeType: string) {
  const url = URL.createObjectURL(new Blob([content], { type: mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Export the calendar as iCalendar or CSV, and import posts from CSV. */
export function TransferButtons({ strategyId }: { strategyId: string }) {
  const { notify } = useToast();
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string[] | null>(null);

  async function exportAs(kind: 'ics' | 'csv') {
    try {
      const file = kind === 'ics' ? await mutate('calendar.exportIcs', { strategyId }) : await mutate('calendar.exportCsv', { strategyId });
      download(file.content, file.fileName, file.mimeType);
      notify({ kind: 'success', message: `Calendar exported as ${file.fileName}` });
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
