import type { LawDocument } from './law-queries';
import { abbreviationKey, LAW_ALIASES, titleLongNameKey, withoutEditionYear } from './law-names';

/**
 * The visible law documents by every key they answer to: the jurabk ("AO 1977"), the jurabk
 * without its edition year ("AO"), and a short title as long name ("Bürgerliches Gesetzbuch").
 * Keys are compared case-insensitively; shared documents come before private uploads.
 */
export class LawCatalog {
  private readonly byKey = new Map<string, LawDocument[]>();

  constructor(documents: LawDocument[]) {
    for (const document of documents) {
      const keys = new Set<string>([abbreviationKey(document.law)]);
      const withoutYear = withoutEditionYear(document.law);
      if (withoutYear) keys.add(abbreviationKey(withoutYear));
      const longName = titleLongNameKey(document.title);
      if (longName) keys.add(longName);
      for (const key of keys) {
        const list = this.byKey.get(key) ?? [];
        list.push(document);
        this.byKey.set(key, list);
      }
    }
  }

  /**
   * Visible documents for a citation's law key; tries the key without an edition year and known
   * aliases. `visibleTo` as in RetrievalFilter: undefined sees everything, null only shared documents.
   */
  find(key: string, visibleTo: string | null | undefined): LawDocument[] {
    const withoutYear = withoutEditionYear(key);
    const candidates = [key, withoutYear, LAW_ALIASES.get(key), withoutYear ? LAW_ALIASES.get(withoutYear) : undefined];
    for (const candidate of candidates) {
      const found = (candidate ? this.byKey.get(candidate) ?? [] : [])
        .filter((document) => visibleTo === undefined || document.owner === null || document.owner === visibleTo);
      if (found.length > 0) return found;
    }
    return [];
  }
}
