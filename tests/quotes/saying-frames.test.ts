import { describe, expect, it } from 'vitest';
import { attribute, speakersOf } from '../helpers/attribute.ts';

describe('an infinitive of saying in a longer frame', () => {
  it('reads `went so far as to say` as the subject’s cue', () => {
    const text = 'Harbor\n\nInvestors fled the Dover Harbor Fund on Monday. The Gazette columnist Nora Vick went so far as to say: “The fund as we know it is over.”';
    expect(attribute(text)[0]).toMatchObject({ speaker: 'Nora Vick', cue: 'went so far as to say' });
  });

  it('reads `was prompted to say` as the subject’s cue', () => {
    const text = 'Debate\n\nMayor Tom Lane and Ana Ruiz debated in Dover.\n\nBut the debate was so calm that Mr. Lane was prompted to say, “I cannot believe how civil it has been up here.”';
    expect(speakersOf(text)).toEqual(['Tom Lane']);
  });

  it('lets a quote-only paragraph follow `was quick to add that …`', () => {
    const text = 'Port\n\n“The lease is negotiable,” Mayor Tom Lane said. “Things are negotiable.”\n\nLane was quick to add that the deal does not include selling the harbor itself.\n\n“The harbor? Not negotiable.”';
    expect(speakersOf(text)).toEqual(['Tom Lane', 'Tom Lane', 'Tom Lane']);
  });

  it('gives nothing to a frame that is negated', () => {
    const text = 'Debate\n\nMayor Tom Lane and Ana Ruiz debated in Dover.\n\nThe moderator asked about the port, and Lane was not quick to say: “We will sell it.”';
    expect(attribute(text)[0]?.cue).not.toBe('quick to say');
  });

  it('does not read an object’s infinitive as the subject’s cue', () => {
    const text = 'Debate\n\nMayor Tom Lane and Ana Ruiz debated in Dover.\n\nThe record prompted the Dover Almanac, which tracks local races, to state, “Dover is the best bellwether in the state.”';
    expect(speakersOf(text)).not.toContain('Tom Lane');
  });
});
