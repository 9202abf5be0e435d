import { buildGermanLexicon, type GermanLexicon } from '../german-lexicon';
import { ADMINISTRATION_WORDS } from './administration-words';
import { BOUND_FORMS } from './bound-forms';
import { COMMON_WORDS } from './common-words';
import { DERIVED_WORDS } from './derived-words';
import { DOMAIN_WORDS } from './domain-words';
import { EVERYDAY_WORDS } from './everyday-words';
import { GENERAL_WORDS } from './general-words';
import { SOCIETY_WORDS } from './society-words';

let cached: GermanLexicon | undefined;

/**
 * The curated, project-owned lexicon (administrative, legal and general German vocabulary),
 * built once on first use. Written for this project, so it carries no third-party licence.
 */
export function defaultGermanLexicon(): GermanLexicon {
  if (cached === undefined) {
    const source = [
      ADMINISTRATION_WORDS, DERIVED_WORDS, DOMAIN_WORDS, SOCIETY_WORDS, EVERYDAY_WORDS, GENERAL_WORDS, COMMON_WORDS, BOUND_FORMS,
    ].join('\n');
    cached = buildGermanLexicon(source.split(/\s+/));
  }
  return cached;
}
