// Showing a refusal where the planner is looking: the field it names scrolls into view and takes the
// focus, so the keyboard is where the fix is typed.

/** Brings the first invalid control of `message`'s form into view and focuses it; else the message itself. */
export function revealFirstInvalid(message: HTMLElement): void {
  const form = message.closest('form, dialog, [role="dialog"]') ?? message.ownerDocument;
  const field = form.querySelector<HTMLElement>('[aria-invalid="true"]');
  reveal(field ?? message, field !== null);
}

/** Scrolls an element into view with the least movement and optionally focuses it. */
export function reveal(element: HTMLElement, focus: boolean): void {
  element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  if (focus && element.ownerDocument.activeElement !== element) element.focus({ preventScroll: true });
}
