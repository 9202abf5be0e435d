import fs from 'node:fs';
import path from 'node:path';
import express, { Router, type Request, type RequestHandler } from 'express';
import type { Config } from '../../config';
import { LlmoinError } from '../../platform/errors';
import { setTaskPaneHeaders, setUiHeaders, taskPaneContentSecurityPolicy } from './security-headers';

const MANIFESTS: Record<string, string> = { word: 'manifest-word.xml', outlook: 'manifest-outlook.xml' };
const HOST_HEADER = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

const escapeXml = (value: string) => value.replace(/[<>&"']/g, (character) => `&#${character.charCodeAt(0)};`);

/**
 * Serves the built UI (index.html, hashed assets) and the Office add-in (task pane, manifests,
 * icons) from LLMOIN_WEB_DIR, with strict security headers. Files are read once; a missing
 * build answers 503 naming the command that creates it.
 */
export function webRoutes(deps: { config: Config }): Router {
  const router = Router();
  const { webDir, publicUrl, officeJsUrl, addinFrameAncestors } = deps.config.web;
  const cache = new Map<string, string>();
  const read = (relative: string): string => {
    const cached = cache.get(relative);
    if (cached !== undefined) return cached;
    const file = path.join(webDir, relative);
    if (!fs.existsSync(file)) throw new LlmoinError('service-unavailable', `The web UI is not built (${relative} missing in LLMOIN_WEB_DIR); run "npm run build".`);
    const text = fs.readFileSync(file, 'utf8');
    cache.set(relative, text);
    return text;
  };
  // Without LLMOIN_PUBLIC_URL (local trials) the manifests point where the request came in.
  const baseUrl = (request: Request): string => {
    if (publicUrl) return publicUrl;
    const host = request.get('host') ?? '';
    if (!HOST_HEADER.test(host)) throw new LlmoinError('validation-failed', 'Cannot derive the service URL from the Host header; set LLMOIN_PUBLIC_URL.');
    return `${request.protocol}://${host}`;
  };
  const taskPanePolicy = taskPaneContentSecurityPolicy({ officeJsUrl, apiUrl: publicUrl, extraFrameAncestors: addinFrameAncestors });

  router.get(['/', '/index.html'], (_request, response) => {
    const html = read('index.html');
    setUiHeaders(response);
    response.type('html').send(html);
  });

  router.get('/addin/taskpane.html', (_request, response) => {
    const html = read('addin/taskpane.html')
      .replaceAll('{{API_BASE}}', escapeXml(publicUrl ?? ''))
      .replaceAll('{{OFFICE_JS_URL}}', escapeXml(officeJsUrl));
    setTaskPaneHeaders(response, taskPanePolicy);
    response.type('html').send(html);
  });

  router.get('/addin/manifest-:host.xml', (request, response) => {
    const file = MANIFESTS[String(request.params['host'])];
    if (!file) throw new LlmoinError('not-found', 'There are manifests for "word" and "outlook".');
    const base = baseUrl(request);
    const xml = read(`addin/${file}`).replaceAll('{{PUBLIC_URL}}', escapeXml(base)).replaceAll('{{PUBLIC_ORIGIN}}', escapeXml(new URL(base).origin));
    response.setHeader('Content-Disposition', `attachment; filename="llmoin-${file}"`);
    response.type('application/xml').send(xml);
  });

  // Hashed file names never change content: cache for a year. The service sets no-store globally first.
  const allowCaching: RequestHandler = (_request, response, next) => {
    response.removeHeader('Cache-Control');
    response.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
    next();
  };
  router.use('/assets', allowCaching, express.static(path.join(webDir, 'assets'), { index: false, redirect: false, immutable: true, maxAge: '365d', dotfiles: 'deny' }));
  const iconsOnly: RequestHandler = (request, response, next) => {
    if (!/^\/icon-\d+\.png$/.test(request.path)) {
      next('router');
      return;
    }
    response.removeHeader('Cache-Control');
    // Office fetches the icons from its own origin.
    response.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    next();
  };
  router.use('/addin', iconsOnly, express.static(path.join(webDir, 'addin'), { index: false, redirect: false, maxAge: '1d', dotfiles: 'deny' }));
  return router;
}
