import { detectCandidates } from './detectors';
import { PERSON, PLACEHOLDER_LABELS, type Finding, type PersonalDataType } from './personal-data-types';
import { PseudonymMapping } from './pseudonym-mapping';
import { PLACEHOLDER_PATTERN, canonicalPlaceholder, formatPlaceholder } from './placeholders';
import { resolveOverlaps } from './resolve-overlaps';
import { DEFAULT_PSEUDONYMIZATION_SETTINGS, type PseudonymizationSettings } from './settings';

export interface PseudonymizedText {
  text: string;
  /** Positions refer to the original text; they carry no content and are safe to count. */
  findings: Finding[];
}

export interface PseudonymizationResult extends PseudonymizedText {
  mapping: PseudonymMapping;
}

const escapeRegExp = (value: string): string => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One per request: every part of the request (chat messages, form fields) goes through the same
 * instance, so the same value gets the same placeholder everywhere and one mapping restores the
 * answer. Surnames found once are recognised again when they stand alone later ("Müller").
 */
export class Pseudonymizer {
  readonly mapping = new PseudonymMapping();
  readonly #settings: PseudonymizationSettings;
  readonly #placeholders = new Map<string, string>();
  readonly #counters = new Map<string, number>();
  readonly #reserved = new Set<string>();
  readonly #surnames = new Set<string>();
  readonly #allowlist: Set<string>;

  constructor(settings: PseudonymizationSettings = DEFAULT_PSEUDONYMIZATION_SETTINGS) {
    this.#settings = settings;
    this.#allowlist = new Set(settings.allowlist.map((entry) => entry.toLowerCase()));
  }

  /** Pseudonymises one part; call in the order the model will read the parts. */
  apply(text: string): PseudonymizedText {
    if (!this.#settings.enabled || text.length === 0) return { text, findings: [] };
    this.#reservePlaceholdersIn(text);
    const findings = this.#detect(text);
    let output = '';
    let position = 0;
    for (const finding of findings) {
      output += text.slice(position, finding.start) + this.#placeholderFor(finding.type, text.slice(finding.start, finding.end));
      position = finding.end;
    }
    return { text: output + text.slice(position), findings };
  }

  /** Pseudonymises several parts; names found in any part are recognised in all of them. */
  applyAll(texts: readonly string[]): PseudonymizedText[] {
    if (this.#settings.enabled) for (const text of texts) this.#detect(text);
    return texts.map((text) => this.apply(text));
  }

  #detect(text: string): Finding[] {
    const options = { types: this.#settings.types, caseReferencePatterns: this.#settings.caseReferencePatterns };
    const candidates = detectCandidates(text, options);
    if (this.#settings.types.has(PERSON)) {
      for (const finding of candidates) if (finding.type === PERSON) this.#learnSurname(text.slice(finding.start, finding.end));
      candidates.push(...this.#knownSurnamesIn(text));
    }
    return resolveOverlaps(candidates.filter((finding) => !this.#allowlist.has(text.slice(finding.start, finding.end).toLowerCase())));
  }

  #learnSurname(name: string): void {
    const last = name.split(/[ \u00a0,]+/).filter(Boolean);
    // "Mustermann, Max" has the surname first.
    const surname = name.includes(',') ? last[0] : last[last.length - 1];
    if (surname && surname.length >= 3) this.#surnames.add(surname);
  }

  #knownSurnamesIn(text: string): Finding[] {
    if (this.#surnames.size === 0) return [];
    const names = [...this.#surnames].sort((a, b) => b.length - a.length).map(escapeRegExp);
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${names.join('|')})(?![\\p{L}\\p{N}-])`, 'gu');
    return [...text.matchAll(pattern)].map((match) => ({ type: PERSON, start: match.index ?? 0, end: (match.index ?? 0) + match[0].length }));
  }

  /** Placeholder-shaped text already in the input keeps its meaning: its numbers are never handed out. */
  #reservePlaceholdersIn(text: string): void {
    for (const match of text.matchAll(PLACEHOLDER_PATTERN)) this.#reserved.add(canonicalPlaceholder(match[1] ?? '', match[2] ?? '0'));
  }

  #placeholderFor(type: PersonalDataType, value: string): string {
    const key = `${type}\u0000${value}`;
    const existing = this.#placeholders.get(key);
    if (existing) return existing;
    const label = PLACEHOLDER_LABELS[type];
    let number = this.#counters.get(label) ?? 0;
    let placeholder: string;
    do {
      number += 1;
      placeholder = formatPlaceholder(label, number);
    } while (this.#reserved.has(placeholder));
    this.#counters.set(label, number);
    this.#placeholders.set(key, placeholder);
    this.mapping.set(placeholder, value);
    return placeholder;
  }
}

/** Single-text convenience: a fresh Pseudonymizer for one text. */
export function pseudonymize(text: string, settings: PseudonymizationSettings = DEFAULT_PSEUDONYMIZATION_SETTINGS): PseudonymizationResult {
  const pseudonymizer = new Pseudonymizer(settings);
  const result = pseudonymizer.apply(text);
  return { ...result, mapping: pseudonymizer.mapping };
}
