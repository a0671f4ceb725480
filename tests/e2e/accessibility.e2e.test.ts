// Every place of the demo strategy, the workspace, an audience, the post editor and the calendar's
// keyboard help are checked with axe-core (WCAG 2.1 A and AA): nothing serious or critical may be
// found. And on each screen no two form controls share an accessible name, so a screen-reader user
// who hears "Metric" or "Kind" knows which one it is.
import AxeBuilder from '@axe-core/playwright';
import axeCore from 'axe-core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLACES, PLACE_TITLES } from '../../src/renderer/app/routes';
import { startApp, type RunningApp } from './harness';

let app: RunningApp;
let page: Page;
let strategyId = '';
let audienceId = '';
let audienceName = '';

beforeAll(async () => {
  app = await startApp({ demo: true });
  page = app.page;
  const [strategy] = await app.core.call('strategy.list', {});
  strategyId = strategy!.id;
  const [audience] = await app.core.call('audience.list', { strategyId });
  audienceId = audience!.id;
  audienceName = audience!.name;
});

afterAll(async () => {
  await app?.close();
});

/** Goes to an address and waits until its heading is there and nothing is still loading. */
async function visit(hash: string, heading: string | RegExp) {
  // A fresh load each time, so that a dialog left open by one check cannot stand in front of the next screen.
  await page.goto('about:blank');
  await page.goto(`${app.url}${hash}`);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor({ timeout: 30_000 });
  await page.waitForLoadState('networkidle', { timeout: 30_000 }).catch(() => undefined);
  await page.locator('p.loading[role="status"]').first().waitFor({ state: 'detached', timeout: 30_000 }).catch(() => undefined);
}

/** axe's serious and critical findings, described so that a failure says what to fix and where. */
async function seriousViolations(include?: string): Promise<string[]> {
  // The PDF preview is a sandboxed frame axe cannot enter (trying made it hang); its title is still
  // checked from this page (frame-title), and the brief itself is read back by the document tests.
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).exclude('iframe');
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`);
}

/** Accessible names that more than one form control on the screen carries, with how many carry each. */
async function sharedNames(): Promise<string[]> {
  // Evaluated rather than added as a script tag: the app's Content-Security-Policy forbids inline scripts.
  await page.evaluate(axeCore.source);
  return page.evaluate(() => {
    const axe = (window as unknown as { axe: typeof axeCore & { setup(node?: Element): unknown; teardown(): void; commons: { text: { accessibleText(el: Element): string } } } }).axe;
    axe.setup(document.documentElement);
    try {
      // While a modal dialog is open the page behind it is inert: only the dialog's controls can be reached.
      const modals = [...document.querySelectorAll('dialog')].filter((d) => d.matches(':modal'));
      const scope: ParentNode = modals.at(-1) ?? document;
      const controls = [...scope.querySelectorAll('input:not([type="hidden"]), select, textarea, button[aria-pressed], [role="checkbox"], [role="radio"], [role="switch"], [role="combobox"]')].filter(
        (el) => !el.closest('[aria-hidden="true"], [inert]') && el.getClientRects().length > 0,
      );
      const byName = new Map<string, string[]>();
      for (const el of controls) {
        const name = axe.commons.text.accessibleText(el).trim().replace(/\s+/g, ' ');
        const what = `${el.tagName.toLowerCase()}${el.getAttribute('type') ? `[type=${el.getAttribute('type')}]` : ''}`;
        byName.set(name, [...(byName.get(name) ?? []), what]);
      }
      return [...byName].filter(([, controls]) => controls.length > 1).map(([name, controls]) => `"${name}": ${controls.join(', ')}`);
    } finally {
      axe.teardown();
    }
  });
}

/** Escape closes the dialog; the calendar would otherwise reopen its post editor on the next load. */
async function closeDialog() {
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'detached', timeout: 30_000 });
}

async function expectAccessible(include?: string) {
  const violations = await seriousViolations(include);
  expect(violations, `axe found:\n  ${violations.join('\n  ')}`).toEqual([]);
  const shared = await sharedNames();
  expect(shared, `controls sharing a name:\n  ${shared.join('\n  ')}`).toEqual([]);
}

// axe over a large screen takes seconds, and far longer on a busy two-core machine.
const SLOW = 240_000;

describe('accessibility of every screen', () => {
  it('the workspace', async () => {
    await visit('#/', 'Strategies');
    await expectAccessible();
  }, SLOW);

  it.each(PLACES.map((place) => [place]))('the %s place', async (place) => {
    await visit(`#/s/${strategyId}/${place}`, PLACE_TITLES[place]);
    await expectAccessible();
  }, SLOW);

  it('an audience', async () => {
    await visit(`#/s/${strategyId}/audiences/${audienceId}`, audienceName);
    await expectAccessible();
  }, SLOW);

  it('the messages of an audience', async () => {
    await visit(`#/s/${strategyId}/messages/${audienceId}`, /.+/);
    await expectAccessible();
  }, SLOW);

  it('the post editor opened from the calendar', async () => {
    await visit(`#/s/${strategyId}/calendar`, 'Calendar');
    await page.getByRole('button', { name: 'New post', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'New post' });
    await dialog.waitFor();
    await expectAccessible();
    await closeDialog();
  }, SLOW);

  // The keyboard help, the campaign form, the campaign list and the national days, each from its calendar button.
  it.each([['Keyboard'], ['New campaign'], ['Campaigns'], ['National days']])('the dialog of the calendar\'s "%s" button', async (button) => {
    await visit(`#/s/${strategyId}/calendar`, 'Calendar');
    await page.getByRole('button', { name: button, exact: true }).click();
    await page.getByRole('dialog').waitFor();
    await expectAccessible();
    await closeDialog();
  }, SLOW);

  it.each([['Week'], ['List']])('the calendar in its %s view', async (view) => {
    await visit(`#/s/${strategyId}/calendar`, 'Calendar');
    const button = page.getByRole('group', { name: 'View' }).getByRole('button', { name: view, exact: true });
    await button.click();
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
    await page.waitForLoadState('networkidle', { timeout: 30_000 }).catch(() => undefined);
    await expectAccessible();
  }, SLOW);
});
