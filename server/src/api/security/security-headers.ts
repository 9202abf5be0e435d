import type { Request, RequestHandler } from 'express';
import helmet, { type HelmetOptions } from 'helmet';
import type { Config } from '../../config';

/**
 * What every response may load, embed or be embedded by when nothing more specific applies: API
 * JSON, problem bodies, downloads and assets need nothing. The UI pages replace this with their
 * own policy (api/web/security-headers.ts), so each response carries exactly one CSP.
 */
export const API_CONTENT_SECURITY_POLICY = {
  'default-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

/** The Office add-in lives here: Office hosts frame the task pane and talk to it, so no X-Frame-Options, COOP or frame-ancestors 'none'. */
const FRAMABLE_PREFIX = '/addin/';

const HSTS_MAX_AGE_SECONDS = 31_536_000;

function helmetOptions(framable: boolean): Readonly<HelmetOptions> {
  const { 'frame-ancestors': _frameAncestors, ...withoutFraming } = API_CONTENT_SECURITY_POLICY;
  return {
    contentSecurityPolicy: { useDefaults: false, directives: framable ? withoutFraming : API_CONTENT_SECURITY_POLICY },
    crossOriginOpenerPolicy: framable ? false : { policy: 'same-origin' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'no-referrer' },
    // Sent per request below: only over TLS (see hstsApplies).
    strictTransportSecurity: false,
    xFrameOptions: framable ? false : { action: 'deny' },
    xPermittedCrossDomainPolicies: { permittedPolicies: 'none' },
  };
}

/** HSTS is only meaningful over TLS; `auto` trusts a direct TLS socket, a trusted proxy's X-Forwarded-Proto, or an https public URL. */
export function hstsApplies(config: Pick<Config, 'security' | 'web'>, request: Request): boolean {
  if (config.security.hsts !== 'auto') return config.security.hsts === 'on';
  return request.secure || (config.web.publicUrl?.startsWith('https:') ?? false);
}

/**
 * The one place that sets the security headers every response carries (helmet): a deny-all CSP,
 * X-Frame-Options DENY, nosniff, Referrer-Policy no-referrer, COOP/CORP same-origin, HSTS over
 * TLS, no X-Powered-By, and Cache-Control no-store (static assets opt back into caching).
 */
export function securityHeaders(config: Pick<Config, 'security' | 'web'>): RequestHandler {
  const strict = helmet(helmetOptions(false));
  const framable = helmet(helmetOptions(true));
  const hsts = `max-age=${HSTS_MAX_AGE_SECONDS}`;
  return (request, response, next) => {
    response.setHeader('Cache-Control', 'no-store');
    if (hstsApplies(config, request)) response.setHeader('Strict-Transport-Security', hsts);
    (request.path.startsWith(FRAMABLE_PREFIX) ? framable : strict)(request, response, next);
  };
}
