import type { Response } from 'express';

/**
 * Office hosts that frame task panes on the web (Word, Outlook on the web, new Outlook). Desktop
 * Office opens the pane as a top-level page in WebView2/WebKit, where frame-ancestors does not apply.
 */
export const OFFICE_FRAME_ANCESTORS = [
  'https://*.officeapps.live.com',
  'https://*.office.com',
  'https://*.office365.com',
  'https://*.microsoft365.com',
  'https://*.sharepoint.com',
  'https://outlook.live.com',
];

const originOf = (url: string) => new URL(url).origin;

/** The UI: nothing inline, nothing foreign, never framed. */
export const UI_CONTENT_SECURITY_POLICY = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "connect-src 'self'",
  "frame-ancestors 'none'", "base-uri 'none'", "form-action 'self'", "object-src 'none'",
].join('; ');

/**
 * The task pane: Office.js from its CDN (or on-premises copy), API calls to the public URL when it
 * differs from the page's origin, and framing by Office hosts only.
 */
export function taskPaneContentSecurityPolicy(options: { officeJsUrl: string; apiUrl: string | null; extraFrameAncestors: readonly string[] }): string {
  const officeJs = originOf(options.officeJsUrl);
  const api = options.apiUrl ? ` ${originOf(options.apiUrl)}` : '';
  return [
    "default-src 'self'", `script-src 'self' ${officeJs}`, "style-src 'self'", "img-src 'self' data:", `connect-src 'self'${api}`,
    `frame-ancestors 'self' ${[...OFFICE_FRAME_ANCESTORS, ...options.extraFrameAncestors].join(' ')}`,
    "base-uri 'none'", "form-action 'self'", "object-src 'none'",
  ].join('; ');
}

const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=()';

/** HSTS and the other service-wide headers come from api/security (LLMOIN_HSTS); these replace its CSP for the pages. */
export function setUiHeaders(response: Response): void {
  response.setHeader('Content-Security-Policy', UI_CONTENT_SECURITY_POLICY);
  response.setHeader('X-Frame-Options', 'DENY');
  response.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  response.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  response.setHeader('Permissions-Policy', PERMISSIONS_POLICY);
}

/** No X-Frame-Options (it cannot list several framing hosts) and no COOP: Office frames and talks to the pane. */
export function setTaskPaneHeaders(response: Response, policy: string): void {
  response.setHeader('Content-Security-Policy', policy);
  response.setHeader('Permissions-Policy', PERMISSIONS_POLICY);
}
