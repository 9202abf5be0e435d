import { z } from 'zod';
import {
  DEFAULT_LAND, describeDateProblem, describePeriodProblem, describeRemedyProblems, EVENT_TYPES, LAENDER, REMEDIES, REMEDY_NOTICES,
} from '../../legal/deadlines';

/** Turns a domain "describe…Problem" function into a zod check, so HTTP and domain reject the same input. */
function satisfies(describeProblem: (value: string) => string | undefined) {
  return (value: string, context: z.RefinementCtx) => {
    const problem = describeProblem(value);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  };
}

const addressee = z
  .object({
    name: z.string().trim().max(300).optional(),
    address: z.string().trim().max(500).optional(),
  })
  .strict();

export const deadlineRequestSchema = z
  .object({
    event: z.string().max(20).superRefine(satisfies(describeDateProblem)),
    eventType: z.enum(EVENT_TYPES),
    period: z.string().max(40).superRefine(satisfies(describePeriodProblem)).optional(),
    land: z.enum(LAENDER).default(DEFAULT_LAND),
    remedy: z.enum(REMEDIES).optional(),
    remedyNotice: z.enum(REMEDY_NOTICES).optional(),
    /** For the Rechtsbehelfsbelehrung: the authority (Widerspruch) and the court (Klage); placeholders when absent. */
    authority: addressee.optional(),
    court: addressee.optional(),
  })
  .strict()
  .superRefine((body, context) => {
    for (const problem of describeRemedyProblems(body)) context.addIssue({ code: 'custom', path: [problem.path], message: problem.message });
  });

export type DeadlineRequest = z.infer<typeof deadlineRequestSchema>;
