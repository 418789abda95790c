import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../src/pipeline/speakers.ts';
import type { LocalSpeaker, SpeakerType } from '../../src/pipeline/types.ts';

const sp = (name: string, type: SpeakerType = 'person', descriptors: string[] = []): LocalSpeaker => ({ name, type, descriptors, mentions: [] });

describe('speaker registry', () => {
  it('merges transliteration variants and a misspelling of one person', () => {
    const reg = buildRegistry([
      { id: 'a', speakers: [sp('Volodymyr Zelensky', 'person', ['Ukrainian President'])] },
      { id: 'b', speakers: [sp('Volodymyr Zelenskiy')] },
      { id: 'c', speakers: [sp('Volodymyr Zelenskyy')] },
      { id: 'd', speakers: [sp('Vlodoymyr Zelensky')] },
      { id: 'e', speakers: [sp('Volodymyr Zelensky')] },
    ]);
    expect(reg.speakers).toHaveLength(1);
    expect(reg.speakers[0]?.id).toBe('volodymyr-zelensky');
    expect(reg.speakers[0]?.aliases).toEqual(['Vlodoymyr Zelensky', 'Volodymyr Zelenskiy', 'Volodymyr Zelenskyy']);
    expect(reg.speakers[0]?.descriptors).toEqual(['Ukrainian President']);
    for (const id of ['a', 'b', 'c', 'd']) expect(reg.idOf(id, 0)).toBe('volodymyr-zelensky');
  });

  it('never merges different people who share a name part', () => {
    const reg = buildRegistry([
      { id: 'a', speakers: [sp('Joe Biden'), sp('Donald Trump')] },
      { id: 'b', speakers: [sp('Hunter Biden'), sp('Donald Tusk')] },
    ]);
    expect(reg.speakers.map((s) => s.id).sort()).toEqual(['donald-trump', 'donald-tusk', 'hunter-biden', 'joe-biden']);
  });

  it('links a surname alone to the full name only when the corpus has one such person', () => {
    const one = buildRegistry([
      { id: 'a', speakers: [sp('John Kirby')] },
      { id: 'b', speakers: [sp('Kirby')] },
    ]);
    expect(one.idOf('b', 0)).toBe('john-kirby');
    const two = buildRegistry([
      { id: 'a', speakers: [sp('Joe Biden'), sp('Hunter Biden')] },
      { id: 'b', speakers: [sp('Biden')] },
    ]);
    expect(two.idOf('b', 0)).toBe('biden');
  });

  it('keeps ids stable when articles are added or reordered', () => {
    const base = [
      { id: 'a', speakers: [sp('Vladimir Putin'), sp('the Kremlin', 'organisation')] },
      { id: 'b', speakers: [sp('Putin'), sp('The Kremlin', 'organisation')] },
    ];
    const first = buildRegistry(base);
    const more = buildRegistry([{ id: 'c', speakers: [sp('Vladimir Putin')] }, ...base.reverse()]);
    expect(first.idOf('a', 0)).toBe('vladimir-putin');
    expect(more.idOf('a', 0)).toBe('vladimir-putin');
    expect(first.idOf('b', 1)).toBe('the-kremlin');
    expect(more.idOf('b', 1)).toBe('the-kremlin');
  });

  it('keeps unnamed roles apart per article', () => {
    const reg = buildRegistry([
      { id: 'a', speakers: [sp('a senior official', 'role')] },
      { id: 'b', speakers: [sp('a senior official', 'role')] },
    ]);
    expect(reg.idOf('a', 0)).not.toBe(reg.idOf('b', 0));
    expect(reg.speakers.every((s) => s.type === 'role')).toBe(true);
  });

  it('tells a son from his father and close surnames apart', () => {
    const reg = buildRegistry([
      { id: 'a', speakers: [sp('Donald Trump'), sp('Mike Johnson')] },
      { id: 'b', speakers: [sp('Donald Trump Jr.'), sp('Mike Johnston')] },
    ]);
    expect(reg.speakers).toHaveLength(4);
  });

  it('applies editorial aliases and splits', () => {
    const articles = [
      { id: 'a', speakers: [sp('John Kirby')] },
      { id: 'b', speakers: [sp('Kirby')] },
      { id: 'c', speakers: [sp('Ze')] },
    ];
    const merged = buildRegistry(articles);
    expect(merged.idOf('b', 0)).toBe('john-kirby');
    const edited = buildRegistry(articles, { split: [['John Kirby', 'Kirby']], aliases: { 'Volodymyr Zelensky': ['Ze'] } });
    expect(edited.idOf('b', 0)).toBe('kirby');
    expect(edited.idOf('c', 0)).toBe('volodymyr-zelensky');
    expect(edited.speakers.find((s) => s.id === 'volodymyr-zelensky')?.aliases).toEqual(['Ze']);
  });
});
