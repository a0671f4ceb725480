// The preload bridge under Node with a fake 'electron': exactly one object on window, calls that
// reject with the error's code intact, event subscriptions filtered by name.
import { describe, expect, it, vi } from 'vitest';
import type { ChanceryBridge } from '../../../src/shared/contract';
import { ChanceryError } from '../../../src/shared/errors';

const fake = await vi.hoisted(async () => (await import('./fakeElectron')).createFakeElectron());
vi.mock('electron', () => fake.electron);

const { CALL_CHANNEL, EVENT_CHANNEL } = await import('../../../electron/channels');
await import('../../../electron/preload/index');
const bridge = fake.exposed.get('chancery') as ChanceryBridge;

describe('preload bridge', () => {
  it('exposes one object, window.chancery, with call and on only', () => {
    expect([...fake.exposed.keys()]).toEqual(['chancery']);
    expect(Object.keys(bridge).sort()).toEqual(['call', 'on']);
  });

  it('sends calls over the call channel and resolves with the value', async () => {
    fake.answerInvoke(() => ({ ok: true, value: [{ id: 's1' }] }));
    await expect(bridge.call('strategy.list', {})).resolves.toEqual([{ id: 's1' }]);
    expect(fake.invocations.at(-1)).toEqual([CALL_CHANNEL, 'strategy.list', {}]);
  });

  it('rejects with a plain error record that keeps code and issues across the context bridge', async () => {
    const error = { code: 'invalid_input', message: 'Title cannot be empty', issues: [{ path: 'title', message: 'Title cannot be empty' }] };
    fake.answerInvoke(() => ({ ok: false, error }));
    const reason: unknown = await bridge.call('strategy.create', { title: '', year: 2030 }).catch((caught: unknown) => caught);
    expect(reason).toEqual({ name: 'ChanceryError', ...error });
    const restored = ChanceryError.from(reason);
    expect(restored.code).toBe('invalid_input');
    expect(restored.issues).toEqual(error.issues);
  });

  it('delivers only the subscribed event, without the IPC event object, until unsubscribed', () => {
    const seen: unknown[] = [];
    const stop = bridge.on('changed', (payload) => seen.push(payload));
    fake.sendToRenderer(EVENT_CHANNEL, 'history', { canUndo: true });
    fake.sendToRenderer(EVENT_CHANNEL, 'changed', { tables: ['strategies'], origin: 'local' });
    stop();
    fake.sendToRenderer(EVENT_CHANNEL, 'changed', { tables: ['kpis'], origin: 'local' });
    expect(seen).toEqual([{ tables: ['strategies'], origin: 'local' }]);
    expect(fake.rendererListeners.get(EVENT_CHANNEL)).toEqual([]);
  });
});
