// The harness itself, and the web host as a real browser meets it: the built UI loads under the
// strict CSP without errors, the page's own calls pass the Origin and token guards, data survives a restart.
import { afterEach, describe, expect, it } from 'vitest';
import type { CallResult } from '../../src/shared/contract';
import { CALL_PATH, TOKEN_HEADER } from '../../src/shared/contract/wire';
import { startApp, type RunningApp } from './harness';

let app: RunningApp | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** A contract call made by the page itself, so the browser sets Origin, Host and cookies as it really would. */
function callFromPage(running: RunningApp, method: string, input: unknown): Promise<CallResult> {
  return running.page.evaluate(
    async ({ path, header, token, body }) => {
      const response = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json', [header]: token }, body });
      return (await response.json()) as CallResult;
    },
    { path: `${CALL_PATH}/${method}`, header: TOKEN_HEADER, token: running.token, body: JSON.stringify(input) },
  );
}

function valueOf<T>(result: CallResult): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

describe('end-to-end harness', () => {
  it('loads the built UI under the strict CSP without errors', async () => {
    app = await startApp();
    const response = await app.page.request.get(app.url);
    expect(response.headers()['content-security-policy']).toContain("script-src 'self'");
    await app.page.waitForLoadState('load');
    await expect.poll(() => app!.page.locator('body').innerText(), { timeout: 10_000 }).not.toBe('');
    expect(app.errors).toEqual([]);
  });

  it('keeps data across a restart on the same data folder', async () => {
    app = await startApp();
    const created = valueOf<{ id: string }>(await callFromPage(app, 'strategy.create', { title: 'Survives restart', year: 2030 }));
    const firstUrl = app.url;

    await app.restart();
    expect(app.url).not.toBe(firstUrl);
    const listed = valueOf<Array<{ id: string; title: string }>>(await callFromPage(app, 'strategy.list', {}));
    expect(listed.map((s) => s.id)).toContain(created.id);
  });

  it('starts with the sample strategy in demo mode', async () => {
    app = await startApp({ demo: true });
    const listed = valueOf<unknown[]>(await callFromPage(app, 'strategy.list', {}));
    expect(listed.length).toBeGreaterThan(0);
  });
});
