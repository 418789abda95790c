import { describe, expect, it } from 'vitest';
import { speakersOf } from '../helpers/attribute.ts';

const lead = 'Harbor deal\n\nThe council approved the harbor deal in Dover on Tuesday.\n\n';

describe('verbs that take a named speaker’s words as their object', () => {
  it('reads welcome, advocate and credit like the other clause verbs', () => {
    const text = `${lead}Tom Nord, co-founder of the Dover Institute and a longtime critic of the port, welcomed “the recognition that we do not have all the ships we need.”\n\nSenator Ana Ruiz of Maine, a Democrat on the finance committee, advocates a “progressive harbor levy” modeled after an older plan.\n\nNora Pell, the chairwoman of the county party, credited the mayor for “an exciting and inspiring campaign.”`;
    expect(speakersOf(text)).toEqual(['Tom Nord', 'Ana Ruiz', 'Nora Pell']);
  });

  it('does not read a passive', () => {
    const text = `${lead}The plan was welcomed as “a relief for the docks” by many.`;
    expect(speakersOf(text)).toEqual([null]);
  });
});
