import { describe, expect, it } from 'vitest';
import { attribute, speakersOf } from '../helpers/attribute.ts';

describe('the person a pronoun means', () => {
  it('a full stop inside a closing mark ends the sentence: the name after it is the next sentence’s subject', () => {
    const text = 'Harbor fight\n\nMayor Walter Hadley cut the port board’s budget on Monday.\n\nHadley called the board’s protest “childish.” Owen Drake, a former harbor pilot, warned Tuesday that the cuts against Hadley’s critics could damage the port.\n\n“The stakes are higher than one budget fight between two old rivals,” he wrote on his website.';
    expect(attribute(text).filter((q) => q.kind !== 'term').map((q) => q.speaker)).toEqual(['Owen Drake']);
  });
});

describe('two people of one surname named as a pair', () => {
  it('`Mr.` after `Robert and Karen Hale` is the man, `Ms.` the woman', () => {
    const text = 'Harbor families speak out\n\nThe clash between the parents, Robert and Karen Hale, and the port board has grown.\n\n“We lost our son to this harbor,” Mr. Hale said on Sunday.\n\n“Nobody on the board has called us,” Ms. Hale said.';
    expect(speakersOf(text)).toEqual(['Robert Hale', 'Karen Hale']);
  });

  it('`Mr.` after a pair whose first names tell no gender stays unclear, never the one named last', () => {
    const text = 'Harbor families speak out\n\nThe clash between the parents, Dariusz and Ottilie Brandvold, and the port board has grown.\n\n“We lost our son to this harbor,” Mr. Brandvold said on Sunday.';
    expect(speakersOf(text)).toEqual([null]);
  });
});

describe('several people coordinated as one subject are never one speaker', () => {
  it('`Ruiz and Hadley said, “…”` is neither of them', () => {
    const text = 'Harbor plan\n\nMayor Karen Ruiz and Walter Hadley met on Monday.\n\nRuiz and Hadley said, “We will not sell the harbor to anyone.”';
    expect(speakersOf(text)).toEqual([null]);
  });

  it('a description between `and` and the last name does not make it one speaker', () => {
    const text = 'Harbor plan\n\nKaren Ruiz and her husband Walter Hadley told reporters, “We will not sell the harbor to anyone.”';
    expect(speakersOf(text)).toEqual([null]);
  });

  it('an inverted cue before two names is neither of them', () => {
    const text = 'Harbor plan\n\n“We will not sell the harbor to anyone,” said Karen Ruiz and Walter Hadley.';
    expect(speakersOf(text)).toEqual([null]);
  });

  it('`, and Hadley agreed` after the name is a new clause: the name before it speaks', () => {
    const text = 'Harbor plan\n\n“We will not sell the harbor to anyone,” said Karen Ruiz, and Walter Hadley agreed.';
    expect(speakersOf(text)).toEqual(['Karen Ruiz']);
  });
});

describe('a name used as a modifier before a role and a name', () => {
  it('`Hadley consultant Owen Drake …. “…,” he said` is Drake, not Hadley', () => {
    const text = 'Harbor race\n\nMayor Walter Hadley won the port vote in 2012.\n\nHadley consultant Owen Drake, the best-known pollster in the county, made much the same point back then. “Dock workers and shop owners want the same things, mostly,” he said.';
    expect(speakersOf(text)).toEqual(['Owen Drake']);
  });
});

describe('first names that tell a man', () => {
  it('`she` is never Denis or Kofi, whose first names are men’s', () => {
    const a = 'Harbor emails\n\nPort director Denis Varga was answering a note from a deputy, reporting that the last ship had left.\n\n“The last ship is out, and the crews are safe,” she wrote.';
    const b = 'Harbor talks\n\nThe port board set up a panel, led by former harbor chief Kofi Mensah, to make recommendations.\n\n“We need the port and the port needs us,” she said at the hall.';
    expect([...speakersOf(a), ...speakersOf(b)]).toEqual([null, null]);
  });
});

describe('an article quoted at length', () => {
  it('a nested quote’s own cue inside the outer marks names no speaker for the article around it', () => {
    const text = 'Harbor silence\n\nAs the Harbor Ledger reported, even on Friday the port board was refusing to call the spill a crime:\n\n"The port board still will not label the spill in the bay a crime, pointing to the state’s review.\n\n"At the board office today, reporters questioned spokesman Owen Drake about the details of the spill.\n\n“I won’t discuss the spill while the state is still looking into what happened,” Drake said."';
    const spoken = attribute(text).filter((q) => q.kind !== 'term');
    expect(spoken.map((q) => q.speaker)).toEqual([null, null, 'Drake']);
  });

  it('a capitalised pronoun of quantity is nobody: “Others posted tributes” names no speaker', () => {
    const text = 'Harbor mourns\n\nFriends remembered Tomas Reyes on Sunday. “A grandfather twice over.” Others posted tributes online.';
    const quotes = attribute(text);
    expect(quotes.map((q) => q.kind)).toEqual(['direct']);
    expect(quotes.map((q) => q.speaker)).toEqual([null]);
  });
});

describe('a relative named once in full never takes the surname of the person the article is about', () => {
  it('`Mr. Tolland said` is not the governor’s wife, the only Tolland named in full', () => {
    const text = 'Governor makes turnout personal\n\nSeeking more votes for his party among young people, Governor Tolland is rolling out a new appeal.\n\n“My name may not be on the ballot, but our work is on the ballot,” Mr. Tolland said on Saturday at a dinner in Riverton.\n\nThe party plans to send Mr. Tolland and the state’s first lady, Ellen Tolland, across the state in the coming weeks.\n\n“Turnout decides this race,” Mr. Tolland said at a later stop.';
    expect(speakersOf(text)).toEqual(['Tolland', 'Tolland']);
  });

  it('a lone surname before `his wife, Ellen Tolland` is not her', () => {
    const text = 'Governor makes turnout personal\n\nGovernor Tolland opened the fair on Saturday with his wife, Ellen Tolland, at his side.\n\n“This fair belongs to every county,” Tolland said.';
    expect(speakersOf(text)).toEqual(['Tolland']);
  });

  it('`Mrs. Tolland said` is still the woman named in full', () => {
    const text = 'Governor makes turnout personal\n\nGovernor Tolland opened the fair on Saturday with his wife, Ellen Tolland, at his side.\n\n“We grew up two miles from here,” Mrs. Tolland said.';
    expect(speakersOf(text)).toEqual(['Ellen Tolland']);
  });

  it('a woman named in full is not `Mr.` of her surname even when nobody else of it is named', () => {
    const text = 'Harbor vote\n\nPort director Ellen Brandt presented the budget on Monday.\n\n“The board will vote in May,” Mr. Brandt said.';
    expect(speakersOf(text)).toEqual(['Brandt']);
  });
});

describe('places and organisations are never people a pronoun can mean', () => {
  it('`the Harmon Ledger reported` makes no person: the next `she said` stays unclear', () => {
    const text = 'Flood march\n\nIn Milbury the march began with a moment of silence, the Harmon Ledger reported.\n\n“I cried the whole way,” she said.';
    expect(speakersOf(text)).toEqual([null]);
  });

  it('the name after `executive director of the` is what she directs, not her', () => {
    const text = 'Harbor money\n\nOttilie Brandvold, executive director of the Harbor Majority PAC, a port lobby, said she thinks the board members “are going to be dragged down by the vote.”';
    expect(speakersOf(text)).toEqual(['Ottilie Brandvold']);
  });

  it('a place before a capitalised title and a name is no person: `Fallow Creek Mayor Arvid Strand`', () => {
    const text = 'Harbor vote\n\n“We have made bad mistakes for fifty years,” said Fallow Creek Mayor Arvid Strand in a telephone interview.\n\nStrand noted that the port hall opened in 1964. (The coverage of that year helped Fallow Creek make the case for a new pier.)\n\n“All roads lead through Fallow Creek,” he said.';
    expect(speakersOf(text)).toEqual(['Arvid Strand', 'Arvid Strand']);
  });
});

describe('initials before a surname', () => {
  it('`says R.J. Tolliver` names Tolliver, and the lone `Tolliver` later is the same person', () => {
    const text = 'Harbor crime\n\n“You would not have had the strike if not for the board,” says R.J. Tolliver, an expert on harbor crime.\n\nTolliver says that the board was looking for “a fight it could win.”';
    expect(speakersOf(text)).toEqual(['R.J. Tolliver', 'R.J. Tolliver']);
  });

  it('`the U.S.` still ends its sentence before `The`', () => {
    const text = 'Harbor trade\n\nThe ships sailed back to the U.S. The crews said they were glad. “We missed our families,” Ana Ruiz said.';
    expect(speakersOf(text)).toEqual(['Ana Ruiz']);
  });
});

describe('a name inside a fronted clause is not the subject a pronoun means', () => {
  it('`Soon after the arrest of Father Anselm Kray, Hadley asserted …: “…,” he claimed` is Hadley', () => {
    const text = 'Harbor feud\n\nMayor Walter Hadley spoke in Dovecote on Monday.\n\nSoon after the arrest of Father Anselm Kray in Dovecote, Hadley asserted that the port had lost its way: “This harbor is no longer our harbor,” he claimed.';
    expect(speakersOf(text)).toEqual(['Walter Hadley']);
  });
});

describe('the subject of a reporting clause is the one who spoke in that sentence', () => {
  it('`Hadley electrified the crowds, Stovall said. “…,” he said` is Stovall, not the mayor', () => {
    const text = 'Harbor race\n\nDock worker Ray Stovall joined Mayor Walter Hadley at harbor rallies in 2012.\n\nHadley electrified the small crowds with speeches about the docks, Stovall said.\n\n“He was very articulate, smart, well-spoken,” he said.';
    expect(speakersOf(text)).toEqual(['Ray Stovall']);
  });

  it('a new subject after the reporting clause (`…, Stovall said, but Mark Hale disagreed`) leaves a later `he said` open', () => {
    const but = 'Harbor race\n\nDock worker Ray Stovall joined Mayor Walter Hadley at harbor rallies in 2012.\n\nHadley electrified the small crowds, Stovall said, but Mark Hale disagreed.\n\n“He is not,” he said.';
    const and = 'Harbor race\n\nDock worker Ray Stovall joined Mayor Walter Hadley at harbor rallies in 2012.\n\nHadley electrified the small crowds, Stovall said, and Mark Hale agreed.\n\n“He is the best,” he said.';
    expect(speakersOf(but)).toEqual([null]);
    expect(speakersOf(and)).toEqual([null]);
  });

  it('`…, said Ana Ruiz, a pollster. Others are “…,” she said` is Ruiz, not the candidate named first', () => {
    const text = 'Harbor race\n\nCouncilwoman Carla Voss spent heavily on radio this month.\n\nThe Voss approach is made possible by her money, said Ana Ruiz, a pollster in Dovecote. Others are “having to be leaner and more resourceful,” she said.';
    expect(speakersOf(text)).toEqual(['Ana Ruiz']);
  });
});

describe('an acronym alone is an organisation', () => {
  it('`the HBA said` and `KPRT said` are organisations, not people', () => {
    const text = 'Harbor club\n\n“The club is an inclusive place,” the HBA said in a statement.\n\n“Our station covers every dock,” KPRT said.';
    expect(attribute(text).map((q) => [q.speaker, q.type])).toEqual([['HBA', 'organisation'], ['KPRT', 'organisation']]);
  });
});

describe('a family name written first', () => {
  it('`Ryu said` is Ryu Jae-hwan, whose hyphenated given name comes last', () => {
    const text = 'Harbor talks\n\nMayor Ryu Jae-hwan met the port board on Monday.\n\n“The dock will reopen in May,” Ryu said.';
    expect(speakersOf(text)).toEqual(['Ryu Jae-hwan']);
  });
});

describe('places and documents a pronoun never means', () => {
  it('`the suburb of Vila Serrana, a worker named …` makes no person of the suburb', () => {
    const text = 'Factory move\n\nOutside the plant in the suburb of Vila Serrana, a worker named Tomas Arroyo praised his job. “The atmosphere is relaxed,” he said.';
    expect(speakersOf(text)).not.toContain('Vila Serrana');
    expect(speakersOf(text)).toHaveLength(1);
  });

  it('`United States taxpayers` names no person a later `she` could mean', () => {
    const text = 'Harbor bank\n\nThe bank was subsidized by United States taxpayers for decades. Most of its bonds were sold to funds in the States.\n\n“You will not find a similar bank in any state,” she said.';
    expect(speakersOf(text)).toEqual([null]);
  });

  it('`The book accuses …. “…,” he said` is not the book', () => {
    const text = 'Harbor book\n\nThe book accuses the harbor chief of treating the guards like “mall security.” He said that is a “distortion,” describing the guards as skilled. “These guys were heroes,” he said.';
    expect(attribute(text).filter((q) => q.kind !== 'term').map((q) => q.speaker)).toEqual(['book', null]);
  });
});

describe('two surnames without the first name', () => {
  it('`Mr. Vargas Ortega` after `Minister Ildefonso Vargas Ortega` is the same person', () => {
    const text = 'Trade talks\n\nEconomy Minister Ildefonso Vargas Ortega met the delegation on Monday.\n\n“We will not renegotiate the treaty,” Mr. Vargas Ortega said.';
    expect(speakersOf(text)).toEqual(['Ildefonso Vargas Ortega']);
  });
});
