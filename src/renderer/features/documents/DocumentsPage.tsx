import { useEffect, useId, useRef, useState } from 'react';
import type { Events } from '../../../shared/contract';
import {
  BRIEF_SECTIONS,
  BRIEF_SECTION_LABELS,
  COMMON_MARKINGS,
  DOCUMENTS_PAGE_EXPORT_PREFIX,
  EXPORT_BUTTON_LABELS,
  EXPORT_FORMATS,
  EXPORT_FORMAT_LABELS,
  type ExportFormat,
  MARKING_MAX,
  PAPER_SIZES,
  PAPER_SIZE_LABELS,
  type BriefSection,
  type PaperSize,
} from '../../../shared/documents';
import { api, bytesFromBase64, saveFile, useCall, useEvent } from '../../api';
import { useRoute } from '../../app/routes';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { errorText } from '../../ui/errorText';
import { PageHeader } from '../../ui/PageHeader';
import { ProgressBar } from '../../ui/ProgressBar';
import { useToast } from '../../ui/Toast';
import './documents.css';

const CUSTOM = 'custom';

/** The value after it has stopped changing for `ms`, so typing a marking does not re-render the preview per key. */
function useSettled<T>(value: T, ms = 350): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

export function DocumentsPage() {
  const route = useRoute();
  const strategyId = route.view === 'strategy' ? route.strategyId : '';
  const { notify } = useToast();
  const [sections, setSections] = useState<BriefSection[]>([...BRIEF_SECTIONS]);
  const [paper, setPaper] = useState<PaperSize>('a4');
  const [markingChoice, setMarkingChoice] = useState<string>('UNCLASSIFIED');
  const [customMarking, setCustomMarking] = useState('');
  const [format, setFormat] = useState<ExportFormat>('pdf');
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  /** What the last exported file's planner should know (e.g. text in a script with no bundled font). */
  const [notices, setNotices] = useState<{ fileName: string; lines: string[] } | null>(null);
  const [progress, setProgress] = useState<Events['progress'] | null>(null);
  const exportId = useRef<string | null>(null);
  const ids = { paper: useId(), marking: useId(), custom: useId(), customHint: useId(), format: useId(), notices: useId() };
  useEvent('progress', (report) => {
    if (report.task === exportId.current) setProgress(report);
  });

  const marking = markingChoice === CUSTOM ? customMarking.trim() : markingChoice;
  const markingMissing = marking === '';
  const options = { strategyId, sections, paper, marking: markingMissing ? 'UNCLASSIFIED' : marking };
  const settled = useSettled(options);
  const preview = useCall('document.preview', settled, { enabled: strategyId !== '' });

  const toggle = (section: BriefSection, on: boolean) =>
    setSections((current) => BRIEF_SECTIONS.filter((s) => (s === section ? on : current.includes(s))));

  async function exportFile() {
    const id = `${DOCUMENTS_PAGE_EXPORT_PREFIX}${typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`}`;
    exportId.current = id;
    setExporting(true);
    setExportError(null);
    setNotices(null);
    setProgress(null);
    try {
      const file = await api.call('document.export', { ...options, format, exportId: id });
      // A save dialog in Electron (cancelling it saves nothing and says nothing), a download in the browser.
      const outcome = await saveFile({ fileName: file.fileName, mimeType: file.mimeType, data: bytesFromBase64(file.base64) });
      if (outcome.saved) {
        notify({ kind: 'success', message: outcome.message });
        if (file.notices.length > 0) setNotices({ fileName: file.fileName, lines: file.notices });
      }
    } catch (error) {
      const text = errorText(error);
      if (/cancelled/i.test(text)) notify({ kind: 'info', message: 'Export cancelled; no file was saved.' });
      else setExportError(text);
    } finally {
      exportId.current = null;
      setExporting(false);
      setProgress(null);
    }
  }

  function cancelExport() {
    if (exportId.current) void api.call('document.cancelExport', { exportId: exportId.current });
  }

  return (
    <div className="page documents-page">
      <PageHeader
        title="Documents"
        lede="The strategy as a brief to send up the chain: pick the sections, the paper and the classification marking, check the preview, then export a PDF, an editable Word document, Markdown, or the tables as CSV."
        actions={
          <div className="documents-export">
            <label htmlFor={ids.format} className="documents-format-label">
              Format
            </label>
            <div className="select-wrap">
              <select id={ids.format} className="inline-input inline-select" value={format} disabled={exporting} onChange={(e) => setFormat(e.target.value as ExportFormat)}>
                {EXPORT_FORMATS.map((f) => (
                  <option key={f} value={f}>
                    {EXPORT_FORMAT_LABELS[f]}
                  </option>
                ))}
              </select>
            </div>
            <Button variant="primary" icon="download" onClick={() => void exportFile()} busy={exporting} disabled={exporting || markingMissing || sections.length === 0}>
              {exporting ? 'Exporting…' : EXPORT_BUTTON_LABELS[format]}
            </Button>
            {exporting ? (
              <Button onClick={cancelExport} aria-label="Cancel export">
                Cancel
              </Button>
            ) : null}
          </div>
        }
      />
      {exporting ? (
        <div className="documents-progress">
          <ProgressBar value={progress && progress.total > 0 ? progress.done / progress.total : null} label="Export progress" unknownText="Starting…" />
          <p className="documents-hint" aria-live="polite">
            {progress ? progress.label : 'Starting the export…'}
          </p>
        </div>
      ) : null}
      {exportError ? (
        <p role="alert" className="documents-error">
          The {EXPORT_FORMAT_LABELS[format]} could not be exported: {exportError}
        </p>
      ) : null}
      {notices ? (
        <section className="documents-notices" role="status" aria-labelledby={ids.notices}>
          <h2 id={ids.notices}>About {notices.fileName}</h2>
          <ul>
            {notices.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <div className="documents-layout">
        <form className="documents-options" aria-label="Brief options" onSubmit={(e) => e.preventDefault()}>
          <fieldset className="choice-group">
            <legend>Sections</legend>
            <p className="documents-hint">Each section appears only when the strategy has something for it.</p>
            {BRIEF_SECTIONS.map((section) => (
              <label key={section} className="documents-check">
                <input type="checkbox" checked={sections.includes(section)} onChange={(e) => toggle(section, e.target.checked)} />
                {BRIEF_SECTION_LABELS[section]}
              </label>
            ))}
          </fieldset>
          <div className="form-field">
            <label htmlFor={ids.paper}>Paper size</label>
            <div className="select-wrap">
              <select id={ids.paper} className="inline-input inline-select" value={paper} onChange={(e) => setPaper(e.target.value as PaperSize)}>
                {PAPER_SIZES.map((size) => (
                  <option key={size} value={size}>
                    {PAPER_SIZE_LABELS[size]}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="form-field">
            <label htmlFor={ids.marking}>Classification marking</label>
            <div className="select-wrap">
              <select id={ids.marking} className="inline-input inline-select" value={markingChoice} onChange={(e) => setMarkingChoice(e.target.value)}>
                {COMMON_MARKINGS.map((m) => (
                  <option key={m} value={m}>
                    {m}
                  </option>
                ))}
                <option value={CUSTOM}>Custom marking…</option>
              </select>
            </div>
          </div>
          {markingChoice === CUSTOM ? (
            <div className="form-field">
              <label htmlFor={ids.custom}>Custom marking</label>
              <input
                id={ids.custom}
                className="inline-input"
                value={customMarking}
                maxLength={MARKING_MAX}
                dir="auto"
                placeholder="e.g. OFFICIAL-SENSITIVE"
                aria-describedby={ids.customHint}
                aria-invalid={markingMissing || undefined}
                onChange={(e) => setCustomMarking(e.target.value)}
              />
              <p id={ids.customHint} className="documents-hint">
                {markingMissing ? 'Type the marking to print on every page.' : 'Printed on the cover and in every page’s header and footer.'}
              </p>
            </div>
          ) : null}
        </form>
        <section className="documents-preview" aria-label="Preview">
          {preview.error ? (
            <EmptyState title="The preview could not be made" icon="info">
              <p>{errorText(preview.error)}</p>
            </EmptyState>
          ) : preview.data ? (
            // No scripts, no same-origin access: the brief is a static document.
            <iframe title="Preview of the brief" sandbox="" srcDoc={preview.data.html} className="documents-frame" />
          ) : (
            <p className="documents-hint">Preparing the preview…</p>
          )}
        </section>
      </div>
    </div>
  );
}
