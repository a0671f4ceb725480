// The preload bridge under Node with a fake 'electron': exactly one object on window, calls that
// reject with the error's code intact, event subscriptions filtered by name.
import { describe, expect, it, vi } from 'vitest';
import type { ChanceryBridge } from '../../../src/shared/contract';
import { ChanceryError } from '../../../src/shared/errors';

const fake = await vi.hoisted(async () => (await import('./fakeElectron')).createFakeElectron());
vi.mock('electron', () => fake.electron);

const { CALL_CHANNEL, EVENT_CHANNEL, SAVE_FILE_CHANNEL } = await import('../../../electron/channels');
await import('../../../electron/preload/index');
const bridge = fake.exposed.get('chancery') as ChanceryBridge;

describe('preload bridge', () => {
  it('exposes one object, window.chancery, with call, on and saveFile only', () => {
    expect([...fake.exposed.keys()]).toEqual(['chancery']);
    expect(Object.keys(bridge).sort()).toEqual(['call', 'on', 'saveFile']);
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

  it('saves a file over the save-file channel with only its name, type and data', async () => {
    fake.answerInvoke(() => ({ ok: true, value: { saved: true, path: '/home/planner/Documents/brief.pdf' } }));
    const data = new Uint8Array([37, 80, 68, 70]);
    const file = { fileName: 'brief.pdf', mimeType: 'application/pdf', data, extra: 'not sent' };
    await expect(bridge.saveFile!(file)).resolves.toEqual({ saved: true, path: '/home/planner/Documents/brief.pdf' });
    expect(fake.invocations.at(-1)).toEqual([SAVE_FILE_CHANNEL, { fileName: 'brief.pdf', mimeType: 'application/pdf', data }]);

    fake.answerInvoke(() => ({ ok: true, value: { saved: false } }));
    await expect(bridge.saveFile!({ fileName: 'a.csv', mimeType: 'text/csv', data: 'x' })).resolves.toEqual({ saved: false });
  });

  it('rejects a failed save with the plain error record, message intact', async () => {
    const error = { code: 'invalid_input', message: 'Chancery cannot write to /locked: permission denied. Choose another folder.' };
    fake.answerInvoke(() => ({ ok: false, error }));
    const reason: unknown = await bridge.saveFile!({ fileName: 'a.csv', mimeType: 'text/csv', data: 'x' }).catch((caught: unknown) => caught);
    expect(reason).toEqual({ name: 'ChanceryError', ...error });
    expect(ChanceryError.from(reason).message).toBe(error.message);
  });
});
