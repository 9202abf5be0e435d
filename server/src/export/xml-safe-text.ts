import type { ExportInput } from './export-input';

/**
 * Characters XML 1.0 forbids (C0 controls except tab/LF/CR, U+FFFE/U+FFFF, unpaired surrogates).
 * The docx library escapes markup but passes these through, and one of them makes Word refuse
 * the whole file; model output can contain them, so they are dropped before rendering.
 */
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function stripXmlIllegal(text: string): string {
  return text.replace(XML_ILLEGAL, '');
}

function clean(value: unknown): unknown {
  if (typeof value === 'string') return stripXmlIllegal(value);
  if (Array.isArray(value)) return value.map(clean);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, clean(entry)]));
}

/** The same input with every string made safe for XML; the shape is unchanged. */
export function xmlSafeInput<Input extends ExportInput>(input: Input): Input {
  return clean(input) as Input;
}
