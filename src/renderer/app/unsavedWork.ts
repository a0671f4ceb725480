// Typed work that is not saved yet, across the whole window. Editors with unsaved input register
// here; leaving or reloading the page then asks first (the browser's own "Leave site?" prompt, which
// Electron's host turns into a dialog), and every editor is asked to save what it can as the page goes
// (a save sent as the page unloads still reaches the core: see api keepalive).
type Flush = () => void;

const open = new Map<symbol, Flush>();
let listening = false;

function listen(): void {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  window.addEventListener('beforeunload', (event) => {
    if (open.size === 0) return;
    event.preventDefault();
    // Older engines read the prompt from returnValue; its text is the browser's, not ours.
    event.returnValue = '';
  });
  // The page is going for good (the prompt was answered "Leave", or a crash-free close): save what can be saved.
  window.addEventListener('pagehide', () => {
    for (const flush of open.values()) flush();
  });
}

/** Marks one editor's work as unsaved until the returned function is called. */
export function holdUnsavedWork(flush: Flush): () => void {
  listen();
  const key = Symbol('unsaved');
  open.set(key, flush);
  return () => open.delete(key);
}

export function hasUnsavedWork(): boolean {
  return open.size > 0;
}
