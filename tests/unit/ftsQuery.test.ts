import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/core/search/fold';
import { MAX_TERMS, searchesWords, toFtsQuery, toSubstringQuery } from '../../src/core/search/ftsQuery';
import { restoreSnippet } from '../../src/core/search/restore';
import { markPieces, pieceSnippet, window } from '../../src/core/search/snippet';

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
    expect(foldText('شُكْرًا')).toBe('شكرا');
  });

  it('drops a stray mark with no letter and caps the number of words', () => {
    expect(toFtsQuery('\u0301')).toBeNull();
    expect(toFtsQuery('a \u064e b')).toBe('"a" "b"*');
    const many = Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ');
    expect(toFtsQuery(many)!.split(' ')).toHaveLength(MAX_TERMS);
  });
});

describe('foldText', () => {
  it('writes every Arabic alef as a bare alef and Russian ё as е, keeping the length', () => {
    expect(foldText('أإآٱا')).toBe('ااااا');
    expect(foldText('ЁЛКА ещё')).toBe('ЕЛКА еще');
    expect(foldText('Йод й')).toBe('Йод й');
    expect(foldText('الإعلامُ')).toBe('الاعلام');
  });
});

describe('toSubstringQuery', () => {
  it('asks the trigram index for every piece of three characters or more, found anywhere', () => {
    expect(toSubstringQuery('外交政策')).toEqual({ grams: '"外交政策"', pieces: [], wordStarts: null });
    expect(toSubstringQuery('шёлк Посольство')).toEqual({ grams: '"шелк" "Посольство"', pieces: [], wordStarts: null });
  });

  it('also looks for an Arabic word with the article in its لل spelling', () => {
    expect(toSubstringQuery('الشباب')).toEqual({ grams: '("الشباب" OR "للشباب")', pieces: [], wordStarts: null });
    expect(toSubstringQuery('إعلان')).toEqual({ grams: '"اعلان"', pieces: [], wordStarts: null });
  });

  it('finds one or two Chinese, Japanese or Korean characters anywhere, and other short words as words', () => {
    expect(toSubstringQuery('外交')).toEqual({ grams: null, pieces: ['外交'], wordStarts: null });
    expect(toSubstringQuery('日本 について')).toEqual({ grams: '"について"', pieces: ['日本'], wordStarts: null });
    expect(toSubstringQuery('외교')).toEqual({ grams: null, pieces: ['외교'], wordStarts: null });
    expect(toSubstringQuery('EU sanctions')).toEqual({ grams: '"sanctions"', pieces: [], wordStarts: '"EU"' });
    expect(toSubstringQuery('sanctions ЕС')).toEqual({ grams: '"sanctions"', pieces: [], wordStarts: '"ЕС"*' });
  });

  it('leaves the word index out of a search with a word in a script without spaces', () => {
    expect(searchesWords('climate ЕС الحوار שלום')).toBe(true);
    expect(searchesWords('外交')).toBe(false);
    expect(searchesWords('EU 外交')).toBe(false);
    expect(searchesWords('について')).toBe(false);
  });

  it('is null when it could find nothing the word search does not', () => {
    expect(toSubstringQuery('ab')).toBeNull();
    expect(toSubstringQuery('a b')).toBeNull();
    expect(toSubstringQuery('"')).toBeNull();
  });

  it('counts a decomposed accent as part of its letter', () => {
    expect(toSubstringQuery('e\u0301t')).toBeNull();
    expect(toSubstringQuery('e\u0301te\u0301')).toMatchObject({ grams: '"e\u0301te\u0301"' });
  });
});

describe('snippets of hits inside words', () => {
  it('marks short pieces outside the marks already there, in any case', () => {
    expect(markPieces('我们支持外交政策的公开对话', ['对话'])).toBe('我们支持外交政策的公开[[对话]]');
    expect(markPieces('[[外交]]政策 外交', ['外交'])).toBe('[[外交]]政策 [[外交]]');
    expect(markPieces('Ab ab', ['ab'])).toBe('[[Ab]] [[ab]]');
    expect(markPieces('a.b (x)', ['.', '('])).toBe('a[[.]]b [[(]]x)');
  });

  it('keeps a window around the first mark, cut at spaces, never inside a mark', () => {
    const long = 'one two three four five six seven eight nine ten eleven twelve thirteen f[[our]]teen fifteen sixteen seventeen eighteen nineteen twenty twenty-one';
    const cut = window(long);
    expect(cut).toMatch(/^…[a-z]/);
    expect(cut).toMatch(/…$/);
    expect(cut).toContain('f[[our]]teen');
    expect(cut.length).toBeLessThan(110);
    expect(window('short [[text]]')).toBe('short [[text]]');
    const marks = `x[[aaa]] ${'word '.repeat(10)}[[bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb]] end of it all`;
    expect(window(marks)).toBe(`x[[aaa]] ${'word '.repeat(10).trim()}…`);
    const chinese = `${'中'.repeat(50)}[[外交]]${'文'.repeat(100)}`;
    expect(window(chinese)).toBe(`…${'中'.repeat(18)}[[外交]]${'文'.repeat(30)}…`); // wide characters take twice the room
  });

  it('takes the title when it holds a match, else the body', () => {
    expect(pieceSnippet('P[[art]]y', 'st[[art]]', [])).toBe('P[[art]]y');
    expect(pieceSnippet('Party', 'the\nst[[art]]', [])).toBe('the st[[art]]');
    expect(pieceSnippet('日本', '外交', ['外交'])).toBe('[[外交]]');
    expect(pieceSnippet('Plain', 'Body', [])).toBe('Plain');
  });
});

describe('restoreSnippet', () => {
  it('puts back the spelling of the text as written, marks and all', () => {
    expect(restoreSnippet('[[اعلان]] الحوار', ['إعلانُ الحِوار'])).toBe('[[إعلانُ]] الحِوار');
    expect(restoreSnippet('[[الصحافة]]', ['الصحافـــة'])).toBe('[[الصحافـــة]]');
    expect(restoreSnippet('[[еще]] раз', ['Ещё раз'.toLowerCase()])).toBe('[[ещё]] раз');
    expect(restoreSnippet('ב[[שלום]]', ['בְּשָׁלוֹם'])).toBe('בְּ[[שָׁלוֹם]]');
  });

  it('keeps the cut ends, joins whitespace as the snippet did, and takes the first text that holds it', () => {
    expect(restoreSnippet('…avec une [[bourse]]…', ['Étudiez en Aurelia avec une bourse pour'])).toBe('…avec une [[bourse]]…');
    expect(restoreSnippet('a b [[ёж]]', ['nothing here', 'a\n\n b  ёж'])).toBe('a b [[ёж]]');
    expect(restoreSnippet('a [[еж]]', ['a  ёж'])).toBe('a [[ёж]]');
  });

  it('leaves the snippet as it is when no text holds it', () => {
    expect(restoreSnippet('[[x]] y', ['z'])).toBe('[[x]] y');
    expect(restoreSnippet('', ['z'])).toBe('');
    expect(restoreSnippet('…', ['…'])).toBe('…');
  });
});
