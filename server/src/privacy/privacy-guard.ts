import type { PrivacyGuard } from '../generation';
import { Pseudonymizer } from './pseudonymizer';
import { createStreamingRestorer } from './restore';
import type { PseudonymizationSettings } from './settings';

/**
 * The per-request guard the use cases call before every model call: one Pseudonymizer, so the same
 * value gets the same placeholder across all texts of the request; its mapping dies with the request.
 * Null when the deployment switched pseudonymisation off.
 */
export function createPrivacyGuard(settings: PseudonymizationSettings): PrivacyGuard | null {
  if (!settings.enabled || settings.types.size === 0) return null;
  const pseudonymizer = new Pseudonymizer(settings);
  return {
    protect: (text) => pseudonymizer.apply(text).text,
    createRestorer: () => createStreamingRestorer(pseudonymizer.mapping),
  };
}
