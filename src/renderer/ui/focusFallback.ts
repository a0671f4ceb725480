/**
 * Puts focus somewhere sensible after the focused control went away (its item was removed):
 * the element given if it is still on the page, else the screen's main heading.
 */
export function focusOrHeading(element?: HTMLElement | null) {
  if (element && element.isConnected) {
    element.focus();
    return;
  }
  const heading = document.querySelector<HTMLElement>('main h1');
  (heading ?? document.getElementById('main'))?.focus();
}

/**
 * Watches a focused control whose item is being removed; once it has left the page (after the
 * list re-renders), focus goes to the screen's heading rather than being lost.
 */
export function keepFocusWhenRemoved(element: Element | null = document.activeElement) {
  if (!(element instanceof HTMLElement)) return;
  const started = performance.now();
  const check = () => {
    if (!element.isConnected) {
      const active = document.activeElement;
      if (!active || active === document.body) focusOrHeading(null);
      return;
    }
    if (performance.now() - started < 3000) requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}
