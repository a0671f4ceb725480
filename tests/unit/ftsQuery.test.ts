import { describe, expect, it } from 'vitest';
import { foldMarks } from '../../src/core/search/fold';
import { MAX_TERMS, toFtsQuery } from '../../src/core/search/ftsQuery';

describe('toFtsQuery', () => {
  it('quotes every word and makes the last one a prefix', () => {
    expect(toFtsQuery('students')).toBe('"students"*');
    expect(toFtsQuery('  climate   action net ')).toBe('"climate" "action" "net"*');
  });

  it('keeps FTS5 syntax out: operators, quotes, column filters and brackets are not words', () => {
    expect(toFtsQuery('"')).toBeNull();
    expect(toFtsQuery('AND(')).toBe('"AND"*');
    expect(toFtsQuery('a OR b NOT c')).toBe('"a" "OR" "b" "NOT" "c"*');
    expect(toFtsQuery('title:embassy')).toBe('"title" "embassy"*');
    expect(toFtsQuery('NEAR(a b, 3)')).toBe('"NEAR" "a" "b" "3"*');
    expect(toFtsQuery('^start* -minus +plus')).toBe('"start" "minus" "plus"*');
    expect(toFtsQuery("'; DROP TABLE audiences; --")).toBe('"DROP" "TABLE" "audiences"*');
    expect(toFtsQuery('*** ((( ))) """')).toBeNull();
    expect(toFtsQuery('🙂 🌍')).toBeNull();
  });

  it('keeps letters of every script, with their marks, as one word', () => {
    expect(toFtsQuery('Zürich café')).toBe('"Zürich" "café"*');
    expect(toFtsQuery('हिन्दी')).toBe('"हिन्दी"*');
    expect(toFtsQuery('北京')).toBe('"北京"*');
  });

  it('folds Arabic harakat and tatweel and Hebrew points as the index does', () => {
    expect(toFtsQuery('مَرْحَبًا')).toBe('"مرحبا"*');
    expect(toFtsQuery('مـرحـبا')).toBe('"مرحبا"*');
    expect(toFtsQuery('שָׁלוֹם')).toBe('"שלום"*');
    expect(foldMarks('شُكْرًا')).toBe('شكرا');
  });

  it('drops a stray mark with no letter and caps the number of words', () => {
    expect(toFtsQuery('\u0301')).toBeNull();
    expect(toFtsQuery('a \u064e b')).toBe('"a" "b"*');
    const many = Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ');
    expect(toFtsQuery(many)!.split(' ')).toHaveLength(MAX_TERMS);
  });
});
