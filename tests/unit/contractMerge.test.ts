// The contract is the features' calls merged: a name given by two features is refused, not overwritten.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract } from '../../src/shared/contract';
import { call, mergeCalls } from '../../src/shared/contract/define';
import { calendarCalls } from '../../src/shared/contract/calendar';
import { audienceCalls } from '../../src/shared/contract/audiences';

describe('merging the contract', () => {
  it('refuses a call named by two features', () => {
    const first = { 'thing.get': call(z.object({})).returns<number>() };
    const second = { 'thing.get': call(z.object({ id: z.string() })).returns<string>() };
    expect(() => mergeCalls(first, second)).toThrow('The contract names the call "thing.get" twice');
  });

  it('keeps every call of every feature', () => {
    for (const group of [calendarCalls, audienceCalls]) for (const name of Object.keys(group)) expect(contract, name).toHaveProperty([name], group[name as keyof typeof group]);
  });
});
