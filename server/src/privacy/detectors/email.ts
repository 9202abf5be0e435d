import type { Span } from './span';

// Local part and domain as in practice (RFC 5322 allows more, mail in administrative texts does not use it).
const EMAIL_PATTERN = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,24}(?![\p{L}\p{N}-])/gu;

/** E-mail addresses, including functional mailboxes (an allowlist can exempt those). */
export function detectEmails(text: string): Span[] {
  return [...text.matchAll(EMAIL_PATTERN)].map((match) => {
    let value = match[0];
    // A sentence may end right after the address; the dot belongs to the sentence.
    while (value.startsWith('.')) value = value.slice(1);
    const start = (match.index ?? 0) + (match[0].length - value.length);
    return { start, end: start + value.length };
  });
}
