import { describe, expect, it } from 'vitest';
import { attribute } from '../helpers/attribute.ts';

describe('a title holding a cue word after an inverted cue', () => {
  it('reads `said former secretary of state Name, who …` to the name', () => {
    const text = 'Forum\n\nThe candidates met in Dover on Saturday.\n\n“The first line of defense is within the community,” said former secretary of state Ana Ruiz, who praised former governor Tom Lane for reaching out when he was in office.';
    expect(attribute(text)[0]).toMatchObject({ speaker: 'Ana Ruiz', source: 'Ana Ruiz', cue: 'said' });
  });
});
