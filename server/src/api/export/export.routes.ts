import { Router } from 'express';
import type { Config } from '../../config';
import { renderDocx } from '../../export';
import { authorize } from '../request-context';
import { validate } from '../validate';
import { attachmentDisposition } from './content-disposition';
import { exportRequestSchema } from './export.schema';

export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function exportRoutes(deps: { config: Config }): Router {
  const router = Router();
  const schema = exportRequestSchema(deps.config);
  router.post('/api/v1/export/docx', async (request, response) => {
    authorize(request, 'generate');
    const body = validate(schema, request.body);
    const buffer = await renderDocx({ ...body, createdAt: body.createdAt ? new Date(body.createdAt) : new Date() });
    response
      .status(200)
      .setHeader('Content-Type', DOCX_CONTENT_TYPE)
      .setHeader('Content-Disposition', attachmentDisposition(body.title, 'docx'))
      .send(buffer);
  });
  return router;
}
