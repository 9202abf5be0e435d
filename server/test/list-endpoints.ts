import type { Express } from 'express';

export interface Endpoint {
  method: string;
  path: string;
}

interface RouterLayer {
  route?: { path: string | string[]; methods: Record<string, boolean> };
  handle?: { stack?: RouterLayer[] };
  rawPath?: string | string[];
}

/**
 * Every route the app answers, read from Express's router stack (nested routers included), so a
 * new endpoint shows up here without anyone listing it. Static file mounts are not routes.
 */
export function listEndpoints(app: Express): Endpoint[] {
  const root = (app as unknown as { router: { stack: RouterLayer[] } }).router;
  const endpoints: Endpoint[] = [];
  const walk = (stack: RouterLayer[], prefixes: string[]) => {
    for (const layer of stack) {
      if (layer.route) {
        const paths = Array.isArray(layer.route.path) ? layer.route.path : [layer.route.path];
        const methods = Object.keys(layer.route.methods).filter((method) => method !== '_all').map((method) => method.toUpperCase());
        for (const prefix of prefixes) for (const path of paths) for (const method of methods) endpoints.push({ method, path: `${prefix}${path}` });
      } else if (layer.handle?.stack) {
        const mount = layer.rawPath === undefined || layer.rawPath === '/' ? [''] : Array.isArray(layer.rawPath) ? layer.rawPath : [layer.rawPath];
        walk(layer.handle.stack, prefixes.flatMap((prefix) => mount.map((path) => `${prefix}${path}`)));
      }
    }
  };
  walk(root.stack, ['']);
  return endpoints;
}
