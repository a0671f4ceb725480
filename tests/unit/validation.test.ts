import { describe, expect, it } from 'vitest';
import { contract } from '../../src/shared/contract';
import { parseNumberInput } from '../../src/shared/validation';

const issueMessages = (method: keyof typeof contract, input: unknown) => {
  const result = contract[method].input.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

describe('number fields', () => {
  it.each([
    ['', null],
    ['  ', null],
    ['42', 42],
    ['-3.5', -3.5],
    ['1 200', 1200],
    ['12,5', 12.5],
    ['.5', 0.5],
    ['1e3', 1000],
  ])('reads %j as %j', (raw, value) => {
    expect(parseNumberInput(raw)).toEqual({ ok: true, value });
  });

  it.each(['abc', '12abc', '1,2,3', 'NaN', 'Infinity', '--1', '1e999'])('rejects %j', (raw) => {
    expect(parseNumberInput(raw)).toEqual({ ok: false });
  });
});

describe('contract input rules', () => {
  it('explains empty and overlong titles', () => {
    expect(issueMessages('strategy.create', { title: '   ', year: 2027 })).toEqual(['Title cannot be empty']);
    expect(issueMessages('strategy.create', { title: 'x'.repeat(201), year: 2027 })).toEqual([
      'Title is too long (at most 200 characters)',
    ]);
  });

  it('keeps years in range', () => {
    expect(issueMessages('strategy.create', { title: 'Plan', year: 1999 })).toEqual(['Year must be between 2000 and 2100']);
    expect(issueMessages('strategy.create', { title: 'Plan', year: 2027.5 })).toEqual(['Year must be a whole number']);
    expect(issueMessages('strategy.create', { title: 'Plan', year: '2027' })).toEqual(['Year must be a number']);
  });

  it('says a KPI target must be a number', () => {
    expect(issueMessages('kpi.update', { id: 'k', patch: { target: 'abc' } })).toEqual(['Target must be a number']);
    expect(issueMessages('kpi.update', { id: 'k', patch: { target: null } })).toEqual([]);
    expect(issueMessages('kpi.update', { id: 'k', patch: { dueDate: '31/12/2027' } })).toEqual(['Dates must be written as YYYY-MM-DD']);
  });

  it('accepts BCP 47 language tags only', () => {
    expect(issueMessages('platform.update', { id: 'p', patch: { languages: ['en', 'ar', 'zh-Hant', 'pt-BR'] } })).toEqual([]);
    expect(issueMessages('platform.update', { id: 'p', patch: { languages: ['English'] } })).toHaveLength(1);
  });

  it('rejects fields the contract does not know', () => {
    expect(issueMessages('strategy.update', { id: 's', patch: { title: 'Plan', deleted_at: 'now' } })).toHaveLength(1);
  });
});
