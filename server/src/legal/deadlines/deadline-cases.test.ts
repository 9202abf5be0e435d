import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { REPO_ROOT } from '../../../test/test-service';
import { computeDeadline, EVENT_TYPES, LAENDER, REMEDIES, REMEDY_NOTICES } from './index';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const caseTableSchema = z.object({
  cases: z.array(z.object({
    id: z.string().min(1),
    input: z.object({
      event: isoDate,
      eventType: z.enum(EVENT_TYPES),
      period: z.string().optional(),
      land: z.enum(LAENDER),
      remedy: z.enum(REMEDIES).optional(),
      remedyNotice: z.enum(REMEDY_NOTICES).optional(),
    }).strict(),
    expected: z.object({ bekanntgabe: isoDate, end: isoDate, unshiftedEnd: isoDate.optional(), period: z.string().optional() }).strict(),
    why: z.string().min(10),
  }).strict()).min(30),
});

const table = caseTableSchema.parse(JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'eval/datasets/deadline-cases.json'), 'utf8')));

describe('deadline cases derived by hand (eval/datasets/deadline-cases.json)', () => {
  it('has unique ids and covers every event type and both Bekanntgabe rules', () => {
    expect(new Set(table.cases.map((entry) => entry.id)).size).toBe(table.cases.length);
    for (const eventType of EVENT_TYPES) expect(table.cases.some((entry) => entry.input.eventType === eventType)).toBe(true);
    expect(table.cases.some((entry) => entry.input.eventType !== 'delivered' && entry.input.event < '2025-01-01')).toBe(true);
    expect(table.cases.some((entry) => entry.input.eventType !== 'delivered' && entry.input.event >= '2025-01-01')).toBe(true);
  });

  it.each(table.cases.map((entry) => [entry.id, entry] as const))('%s', (_id, entry) => {
    const result = computeDeadline(entry.input);
    expect({ bekanntgabe: result.bekanntgabe, end: result.end }).toEqual({ bekanntgabe: entry.expected.bekanntgabe, end: entry.expected.end });
    if (entry.expected.unshiftedEnd) expect(result.unshiftedEnd).toBe(entry.expected.unshiftedEnd);
    if (entry.expected.period) expect(result.period).toBe(entry.expected.period);
    // The explanation ends with the day the result names, and every step cites a norm.
    expect(result.explanation.at(-1)?.date).toBe(result.end);
    for (const step of result.explanation) {
      expect(step.norm).toMatch(/§ \d+/);
      expect(step.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(result.explanation.some((step) => step.date === result.bekanntgabe)).toBe(true);
  });
});
