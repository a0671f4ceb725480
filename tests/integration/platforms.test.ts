import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempCore, type TempCore } from '../support/tempCore';

let handle: TempCore;
let strategyId: string;
beforeEach(async () => {
  handle = tempCore();
  strategyId = (await handle.core.call('strategy.create', { title: 'Plan', year: 2027 })).id;
});
afterEach(() => handle.cleanup());

describe('platform presence', () => {
  it('adds a platform with its label as name, then fills in the set-up', async () => {
    const { core } = handle;
    const platform = await core.call('platform.create', { strategyId, kind: 'whatsapp_channel' });
    expect(platform).toMatchObject({ name: 'WhatsApp channel', status: 'planned', languages: [], checkVerified: false });
    const updated = await core.call('platform.update', {
      id: platform.id,
      patch: { handle: '@Mission', languages: ['en', 'ar', 'EN'], owner: 'Press attaché', status: 'active', checkVerified: true, custodians: 'Press attaché and deputy' },
    });
    expect(updated).toMatchObject({ handle: '@Mission', languages: ['en', 'ar'], status: 'active', checkVerified: true, checkGuidelines: false });
  });

  it('needs a name for a custom platform and explains bad languages', async () => {
    const { core } = handle;
    await expect(core.call('platform.create', { strategyId, kind: 'custom' })).rejects.toMatchObject({ message: 'A custom platform needs a name' });
    const custom = await core.call('platform.create', { strategyId, kind: 'custom', name: 'Ministry podcast' });
    await expect(core.call('platform.update', { id: custom.id, patch: { languages: ['Arabic'] } })).rejects.toMatchObject({
      message: 'Languages must be BCP 47 tags such as en, ar or zh-Hant',
    });
    await expect(core.call('platform.update', { id: custom.id, patch: { name: '  ' } })).rejects.toMatchObject({ message: 'A platform needs a name' });
    await expect(core.call('platform.create', { strategyId, kind: 'myspace' })).rejects.toMatchObject({ message: 'Unknown platform' });
  });

  it('has nowhere to store a password', async () => {
    const { core } = handle;
    const platform = await core.call('platform.create', { strategyId, kind: 'x' });
    await expect(core.call('platform.update', { id: platform.id, patch: { password: 'hunter2' } })).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('removes a platform', async () => {
    const { core } = handle;
    const platform = await core.call('platform.create', { strategyId, kind: 'bluesky' });
    await core.call('platform.remove', { id: platform.id });
    expect((await core.call('strategy.get', { id: strategyId })).platforms).toEqual([]);
  });
});
