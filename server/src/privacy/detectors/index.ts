import {
  ADDRESS, BIRTH_DATE, CASE_REFERENCE, EMAIL, IBAN, ID_DOCUMENT, LICENSE_PLATE, PERSON, PHONE,
  SOCIAL_SECURITY_NUMBER, TAX_ID, type Finding, type PersonalDataType,
} from '../personal-data-types';
import { detectAddresses } from './address';
import { detectBirthDates } from './birth-date';
import { detectCaseReferences } from './case-reference';
import { detectEmails } from './email';
import { detectIbans } from './iban';
import { detectIdDocuments } from './id-document';
import { detectLicensePlates } from './license-plate';
import { detectPersons } from './person';
import { detectPhones } from './phone';
import { detectSocialSecurityNumbers } from './social-security-number';
import type { Span } from './span';
import { detectTaxIds } from './tax-id';

export interface DetectionOptions {
  types: ReadonlySet<PersonalDataType>;
  caseReferencePatterns: readonly RegExp[];
}

const DETECTORS: Readonly<Record<PersonalDataType, (text: string, options: DetectionOptions) => Span[]>> = {
  [EMAIL]: detectEmails,
  [PHONE]: detectPhones,
  [IBAN]: detectIbans,
  [TAX_ID]: detectTaxIds,
  [SOCIAL_SECURITY_NUMBER]: detectSocialSecurityNumbers,
  [ID_DOCUMENT]: detectIdDocuments,
  [LICENSE_PLATE]: detectLicensePlates,
  [BIRTH_DATE]: detectBirthDates,
  [ADDRESS]: detectAddresses,
  [PERSON]: detectPersons,
  [CASE_REFERENCE]: (text, options) => detectCaseReferences(text, options.caseReferencePatterns),
};

/** Every candidate of every enabled type; overlaps are resolved by the caller. */
export function detectCandidates(text: string, options: DetectionOptions): Finding[] {
  const findings: Finding[] = [];
  for (const type of options.types) {
    for (const span of DETECTORS[type](text, options)) findings.push({ type, start: span.start, end: span.end });
  }
  return findings;
}

export { detectAddresses, detectBirthDates, detectCaseReferences, detectEmails, detectIbans, detectIdDocuments };
export { detectLicensePlates, detectPersons, detectPhones, detectSocialSecurityNumbers, detectTaxIds };
