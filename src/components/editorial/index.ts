import Callout from './Callout.astro';
import Compare from './Compare.astro';
import Question from './Question.astro';
import QuoteRef from './QuoteRef.astro';
import Term from './Term.astro';

/** Components editors use in MDX without imports; pass as `<Content components={editorialComponents} />`. */
export const editorialComponents = { Callout, Compare, Question, QuoteRef, Term };

export { Callout, Compare, Question, QuoteRef, Term };
