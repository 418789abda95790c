import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordsOf } from '../../src/pipeline/context.ts';
import { detectLanguage } from '../../src/pipeline/language.ts';
import { findNumbers } from '../../src/pipeline/numbers.ts';
import { countWords, words } from '../../src/pipeline/text-cues.ts';

/** Text mixing words, digits, spaces of every kind, punctuation, accents, other scripts and astral characters. */
const mixedText = fc
  .array(fc.constantFrom('Mayor', 'Delia', 'Okafor', '42', 'é', 'Ⅻ', '—', '“', '’s', '.', ',', ' ', '  ', '\n', '\t', '\u00a0', '\u2003', '\ufeff', '\u200b', 'Київ', '東京', '𝐀', '😀', '\ud800', '-', '_'), { maxLength: 40 })
  .map((parts) => parts.join(''));

describe('shared text scans', () => {
  it('countWords counts exactly the words that words() returns', () => {
    fc.assert(fc.property(mixedText, (text) => countWords(text) === words(text).length));
    expect(countWords('  Councillor Ana Ruiz —  said 12 “words” \u00a0here ')).toBe(7);
  });

  it('words() gives the same words on a repeated line, and no caller can change them', () => {
    const line = 'Harbour board member Tomas Lindqvist resigned on Friday';
    const first = words(line);
    expect(words(line)).toEqual(first);
    expect(Object.isFrozen(first)).toBe(true);
  });

  it('wordsOf with a limit gives the first words of the full list', () => {
    fc.assert(
      fc.property(mixedText, fc.nat(50), fc.nat(12), (text, offset, limit) => {
        expect(wordsOf(text, offset, limit)).toEqual(wordsOf(text, offset).slice(0, limit));
      }),
    );
  });

  it('detectLanguage tells English from other languages and scripts', () => {
    const english = 'The harbour board said on Friday that the new ferry would not be ready before the end of the year, and that it was looking for a second builder.';
    const spanish = 'El alcalde dijo que la nueva biblioteca de la ciudad no estará lista antes del verano y que se buscan más fondos para el proyecto.';
    expect(detectLanguage(english)).toMatchObject({ language: 'en', confident: true });
    expect(detectLanguage(spanish)).toMatchObject({ language: 'es', confident: true });
    expect(detectLanguage('Мэр города заявил, что новый мост откроют весной.').language).toBe('ru');
    expect(detectLanguage('Мер міста заявив, що новий міст відкриють навесні, і їхні плани ґрунтовні.').language).toBe('uk');
    expect(detectLanguage('港の新しいフェリーは年末までに完成しないと発表した。').language).toBe('ja');
  });

  it('findNumbers finds figures written in words, with or without accents, and skips text without them', () => {
    const plain = findNumbers('The council hired twelve inspectors and bought 40 buses, up from thirty buses.');
    expect(plain.map((n) => [n.text, n.value, n.unit])).toEqual([['twelve', 12, 'inspector'], ['40', 40, 'bus'], ['thirty', 30, 'bus']]);
    // folding turns "twélve" into a number word: the scan must still run when the text has non-ASCII letters
    expect(findNumbers('The café hired twélve waiters.').map((n) => n.value)).toEqual([12]);
    expect(findNumbers('Often the attention went elsewhere.')).toEqual([]);
  });
});
