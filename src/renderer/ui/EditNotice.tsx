// Under an inline field: the text another window or laptop saved while this person was typing (they
// choose whose stays), or their own unsaved text brought back after a reload.
import { Button } from './Button';
import type { EditConflict } from './useInlineEdit';

interface Edit {
  conflict: EditConflict | null;
  restored: boolean;
  keepMine: () => void;
  revert: () => void;
}

const excerpt = (text: string) => (text.length > 140 ? `${text.slice(0, 140)}…` : text);

export function EditNotice({ edit }: { edit: Edit }) {
  if (edit.conflict) {
    return (
      <div className="field-notice field-notice-conflict" role="alert">
        <p>
          This was changed elsewhere while you were typing. It now says: “<bdi>{excerpt(edit.conflict.theirs) || '(empty)'}</bdi>”.
        </p>
        <div className="field-notice-actions">
          <Button size="small" variant="primary" onClick={edit.keepMine}>
            Keep mine
          </Button>
          <Button size="small" onClick={edit.revert}>
            Use theirs
          </Button>
        </div>
      </div>
    );
  }
  if (edit.restored) {
    return (
      <p className="field-notice" role="status">
        Your unsaved text from before the page closed is back. It is saved when you leave the field; Escape puts back the saved text.
      </p>
    );
  }
  return null;
}
