import { z } from 'zod';

/**
 * Control characters are not allowed in XML 1.0 (a DOCX is XML), and a line break inside an
 * address line or Betreff would break the DIN layout; multi-line fields may keep tab and newlines.
 */
const SINGLE_LINE = /^[^\p{Cc}\uFFFE\uFFFF]*$/u;
const MULTI_LINE = /^(?:[^\p{Cc}\uFFFE\uFFFF]|[\t\n\r])*$/u;

const line = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max).regex(SINGLE_LINE, 'must be one line without control characters');
const optionalLine = (max: number) => line(max).optional();
const multiLine = (max: number) =>
  z.string().max(max).regex(MULTI_LINE, 'must not contain control characters other than tab and line breaks');

export const EXPORT_LIMITS = {
  sections: 50,
  metadata: 20,
  recipientLines: 6,
  attachments: 20,
} as const;

const sectionSchema = (maxChars: number) =>
  z.object({ heading: line(200).nullable().optional(), text: multiLine(maxChars).refine((text) => text.trim() !== '', 'must not be empty') }).strict();

const senderSchema = z
  .object({
    authority: line(120),
    unit: optionalLine(120),
    street: optionalLine(100),
    postalCode: optionalLine(10),
    city: optionalLine(80),
    contactPerson: optionalLine(80),
    phone: line(40).regex(/^[0-9+()/ .-]+$/, 'digits, spaces and + ( ) / . - only').optional(),
    email: z.email().max(120).optional(),
  })
  .strict();

const letterSchema = z
  .object({
    sender: senderSchema,
    recipient: z.object({ lines: z.array(line(80)).min(1).max(EXPORT_LIMITS.recipientLines) }).strict(),
    reference: optionalLine(60),
    yourReference: optionalLine(60),
    contactPerson: optionalLine(80),
    date: z.iso.date('must be a date YYYY-MM-DD').optional(),
    subject: line(300),
    salutation: optionalLine(120),
    closing: optionalLine(120),
    signature: multiLine(300).optional(),
    attachments: z.array(line(200)).max(EXPORT_LIMITS.attachments).optional(),
  })
  .strict();

/** The DOCX export body; documented in docs/EXPORT.md. */
export function exportRequestSchema(limits: { maxPromptChars: number }) {
  const common = {
    title: line(200),
    /** Required on purpose: the caller must say whether a model wrote the text (null = degraded mode). */
    model: line(200).nullable(),
    createdAt: z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time' }).optional(),
    text: multiLine(limits.maxPromptChars).optional(),
    sections: z.array(sectionSchema(limits.maxPromptChars)).max(EXPORT_LIMITS.sections).optional(),
  };
  return z
    .discriminatedUnion('kind', [
      z.object({ kind: z.literal('letter'), ...common, letter: letterSchema }).strict(),
      z.object({
        kind: z.literal('document'),
        ...common,
        metadata: z.array(z.object({ label: line(60), value: line(300) }).strict()).max(EXPORT_LIMITS.metadata).optional(),
      }).strict(),
    ])
    .superRefine((body, context) => {
      const texts = [body.text ?? '', ...(body.sections ?? []).map((section) => section.text)];
      if (texts.every((text) => text.trim() === '')) {
        context.addIssue({ code: 'custom', path: ['text'], message: 'text or sections must hold the document text' });
      }
      const total = texts.reduce((sum, text) => sum + text.length, 0);
      if (total > limits.maxPromptChars) {
        context.addIssue({ code: 'custom', path: ['sections'], message: `text and sections together exceed ${limits.maxPromptChars} characters` });
      }
    });
}

export type ExportRequest = z.infer<ReturnType<typeof exportRequestSchema>>;
