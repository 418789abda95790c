import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../src/pipeline/lexicons.ts';

describe('loadLexicons', () => {
  it('loads the lexicons editors maintain without a problem', () => {
    const { lexicons, problems } = loadLexicons('content/lexicons');
    expect(problems).toEqual([]);
    expect(lexicons.sides.speakers['vladimir-putin']?.side).toBe('Russia');
    expect(lexicons.sides.speakers['john-kirby']?.side).toBe('United States');
    expect(lexicons.verbs.verbs.find((v) => v.forms.includes('claimed'))?.class).toBe('loaded');
    expect(lexicons.terms.groups.map((g) => g.id)).toContain('start-of-war');
  });

  it('reports a bad file with its name and field, and a missing one, instead of failing', () => {
    const { lexicons, problems } = loadLexicons('tests/fixtures/coverage/lexicons-bad');
    const verbs = problems.find((p) => p.file.endsWith('verbs.json'));
    expect(verbs?.code).toBe('lexicon-invalid');
    expect(verbs?.message).toMatch(/verbs\[1\]\.class/);
    expect(problems.find((p) => p.file.endsWith('terms.json'))?.code).toBe('lexicon-not-json');
    expect(problems.find((p) => p.file.endsWith('sides.json'))?.code).toBe('lexicon-missing');
    expect(lexicons.verbs.verbs).toEqual([]);
  });
});
