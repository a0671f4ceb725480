// The name last given as approver on this laptop, offered for the next approval. Kept in the
// browser's storage: it is a convenience of this laptop, not part of the plan, so it is never synced.
const KEY = 'chancery.lastApprover';

export const lastApprover = {
  read(): string {
    try {
      return localStorage.getItem(KEY) ?? '';
    } catch {
      return '';
    }
  },
  write(name: string): void {
    try {
      localStorage.setItem(KEY, name.trim());
    } catch {
      // Storage may be unavailable (private mode, a locked profile); the field still works.
    }
  },
};
