import { Router } from 'express';
import type { SystemStatus } from '../../system-status';

/** Unauthenticated liveness and readiness: what works, what is degraded, and why. */
export function healthRoutes(deps: { status: () => SystemStatus }): Router {
  const router = Router();
  router.get('/health', (_request, response) => {
    const status = deps.status();
    response.status(status.database.ok ? 200 : 503).json(status);
  });
  return router;
}
