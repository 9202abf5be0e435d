import { z } from 'zod';

const splitList = (value: string) => value.split(',').map((item) => item.trim()).filter(Boolean);

/** An origin exactly as browsers send it in `Origin`: scheme://host[:port], no path, no wildcard. */
function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value;
  } catch {
    return false;
  }
}

const originList = z.string().transform((value, context) => {
  const origins = splitList(value);
  for (const origin of origins) {
    if (!isOrigin(origin)) context.addIssue({ code: 'custom', message: `"${origin}" is not an origin like https://addin.example.de (lower case, no path, no trailing slash, no *)` });
  }
  return origins;
});

/** frame-ancestors sources: https origins, optionally with a leading `*.` subdomain wildcard. */
const frameAncestorList = z.string().transform((value, context) => {
  const sources = splitList(value);
  for (const source of sources) {
    if (!/^https:\/\/(\*\.)?[a-z0-9.-]+(:\d+)?$/.test(source)) context.addIssue({ code: 'custom', message: `"${source}" is not an https source like https://*.office.com` });
  }
  return sources;
});

const baseUrl = z.url().refine((value) => /^https?:$/.test(new URL(value).protocol), 'must be an http(s) URL').transform((value) => value.replace(/\/+$/, ''));

/** Web UI, Office add-in and CORS; documented in web/README.md. */
export const webVariables = {
  /** Origins allowed to call the API from a browser (the add-in's origin, if it is served elsewhere); empty: none. */
  LLMOIN_CORS_ORIGINS: originList.default([]),
  /** The service's public base URL (https in production); the add-in manifests point there. */
  LLMOIN_PUBLIC_URL: baseUrl.optional(),
  /** Office.js, which Office add-ins must load from Microsoft's CDN (or an on-premises copy). */
  LLMOIN_OFFICE_JS_URL: z.url().default('https://appsforoffice.microsoft.com/lib/1/hosted/office.js'),
  /** Extra frame-ancestors for the task pane, e.g. an on-premises Outlook on the web. */
  LLMOIN_ADDIN_FRAME_ANCESTORS: frameAncestorList.default([]),
  /** The built UI (`npm run build` writes dist/web). */
  LLMOIN_WEB_DIR: z.string().min(1).default('./dist/web'),
};

export interface WebConfig {
  corsOrigins: string[];
  publicUrl: string | null;
  officeJsUrl: string;
  addinFrameAncestors: string[];
  webDir: string;
}

type WebEnvironment = z.infer<z.ZodObject<typeof webVariables>>;

export function toWebConfig(environment: WebEnvironment, resolve: (value: string) => string): WebConfig {
  return {
    corsOrigins: environment.LLMOIN_CORS_ORIGINS,
    publicUrl: environment.LLMOIN_PUBLIC_URL ?? null,
    officeJsUrl: environment.LLMOIN_OFFICE_JS_URL,
    addinFrameAncestors: environment.LLMOIN_ADDIN_FRAME_ANCESTORS,
    webDir: resolve(environment.LLMOIN_WEB_DIR),
  };
}
