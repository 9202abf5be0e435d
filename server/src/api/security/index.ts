/** Hardening of the HTTP layer: security headers, rate limits and server timeouts (docs/SECURITY.md). */
export { createHttpServer } from './http-server';
export { ipRateLimit, isGenerationRequest, userRateLimits } from './rate-limits';
export { API_CONTENT_SECURITY_POLICY, hstsApplies, securityHeaders } from './security-headers';
