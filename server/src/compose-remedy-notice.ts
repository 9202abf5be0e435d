import type { DeadlineRequest, RemedyNotice, Sender } from './generation';
import { composeRechtsbehelfsbelehrung, computeDeadline } from './legal/deadlines';

/**
 * Joins the deadline capability to the draft use case: the Rechtsbehelfsbelehrung of a Bescheid is
 * computed (Bekanntgabe, one-month period, Land holidays), never written by the model.
 */
export function composeRemedyNotice(request: DeadlineRequest, sender: Sender | undefined): RemedyNotice {
  const remedy = request.remedy ?? 'widerspruch';
  const deadline = computeDeadline({ event: request.event, eventType: request.eventType, remedy, ...(request.land ? { land: request.land } : {}) });
  const address = sender ? [sender.street, [sender.postalCode, sender.city].filter(Boolean).join(' ')].filter(Boolean).join(', ') : '';
  const text = composeRechtsbehelfsbelehrung({
    remedy, deadline, ...(sender ? { authority: { name: sender.authority, ...(address ? { address } : {}) } } : {}),
    // The draft outline carries the heading already.
    heading: false,
  });
  return { text, deadline };
}
