// Undo and redo of the last edits, built on the write path: undoing writes the earlier values
// back as new changes, so an undo is itself recorded, synced and redoable.
import type { HistoryState } from '../shared/domain';
import type { FieldChange, Writer } from './db/writePath';

interface Entry {
  label: string;
  changes: FieldChange[];
}

const LIMIT = 200;

export class History {
  private readonly undoStack: Entry[] = [];
  private readonly redoStack: Entry[] = [];

  record(label: string, changes: FieldChange[]): void {
    if (changes.length === 0) return;
    this.undoStack.push({ label, changes });
    if (this.undoStack.length > LIMIT) this.undoStack.shift();
    this.redoStack.length = 0;
  }

  state(): HistoryState {
    const undo = this.undoStack.at(-1);
    const redo = this.redoStack.at(-1);
    return {
      canUndo: Boolean(undo),
      canRedo: Boolean(redo),
      undoLabel: undo ? `Undo ${undo.label}` : null,
      redoLabel: redo ? `Redo ${redo.label}` : null,
    };
  }

  /** Takes the newest entry off the undo stack and writes its earlier values; false when empty. */
  undo(run: (work: (writer: Writer) => void) => void): boolean {
    const entry = this.undoStack.pop();
    if (!entry) return false;
    run((writer) => {
      for (const change of [...entry.changes].reverse()) writer.setField(change.table, change.rowId, change.column, change.before);
    });
    this.redoStack.push(entry);
    return true;
  }

  redo(run: (work: (writer: Writer) => void) => void): boolean {
    const entry = this.redoStack.pop();
    if (!entry) return false;
    run((writer) => {
      for (const change of entry.changes) writer.setField(change.table, change.rowId, change.column, change.after);
    });
    this.undoStack.push(entry);
    return true;
  }

  clear(): void {
    this.undoStack.length = 0;
    this.redoStack.length = 0;
  }
}
