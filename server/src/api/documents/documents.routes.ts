import { Router } from 'express';
import multer from 'multer';
import { can, visibilityOf } from '../../auth';
import type { Config } from '../../config';
import type { DocumentLibrary } from '../../ingest';
import { LlmoinError, notFound, unprocessableDocument } from '../../platform/errors';
import { authorize } from '../request-context';
import { validate } from '../validate';
import { presentDocument, presentRejection } from './document.presenter';
import { documentIdSchema, listDocumentsQuerySchema, uploadFieldsSchema } from './documents.schema';

const UPLOAD_COLLECTION = 'uploads';

export function documentRoutes(deps: { library: DocumentLibrary; config: Config }): Router {
  const router = Router();
  const store = deps.library.store;
  const upload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: deps.config.maxUploadBytes, files: 1, fields: 5, fieldSize: 1024, parts: 8 },
  });

  router.get('/api/v1/documents', (request, response) => {
    const actor = authorize(request, 'document:list');
    const query = validate(listDocumentsQuerySchema, request.query, 'Query string');
    const { total, documents } = store.list({ visibleTo: visibilityOf(actor), ...query });
    const rejected = store.rejections(visibilityOf(actor)).map(presentRejection);
    response.json({ total, limit: query.limit, offset: query.offset, documents: documents.map((document) => presentDocument(document)), rejected });
  });

  router.get('/api/v1/documents/:id', (request, response) => {
    const actor = authorize(request, 'document:list');
    const { id } = validate(documentIdSchema, request.params, 'Path');
    const document = store.findById(id);
    if (!document || !can(actor, 'document:read', document)) throw notFound(`Document ${id}`);
    const text = store.text(id) ?? '';
    const pages = store.pages(id).map((page) => ({ ...page, text: text.slice(page.start, page.end) }));
    response.json({ ...presentDocument(document, store.chunkCount(id)), pages });
  });

  router.post('/api/v1/documents', upload.single('file'), async (request, response) => {
    const actor = authorize(request, 'document:upload');
    const fields = validate(uploadFieldsSchema, request.body ?? {}, 'Form fields');
    const file = request.file;
    if (!file) throw new LlmoinError('validation-failed', 'Send the document as multipart/form-data in a field named "file".');
    if (file.size === 0) throw unprocessableDocument('The uploaded file is empty.', 'empty');
    const shared = fields.shared === 'true';
    if (shared && !can(actor, 'corpus:manage')) throw new LlmoinError('forbidden', 'Only administrators may add documents to the shared corpus.');
    const group = fields.group ?? null;
    if (group && shared) throw new LlmoinError('validation-failed', 'The shared corpus is visible to everyone; "group" applies to personal uploads only.');
    if (group && !can(actor, 'document:share', { owner: actor.subject, shareGroup: group })) {
      throw new LlmoinError('forbidden', 'You can share documents only with a group you belong to.');
    }
    const outcome = await deps.library.ingest({
      bytes: file.buffer,
      fileName: file.originalname,
      source: file.originalname,
      collection: fields.collection ?? (shared ? 'corpus' : UPLOAD_COLLECTION),
      owner: shared ? null : actor.subject,
    });
    if (outcome.status === 'rejected') {
      if (outcome.reason === 'unsupported_type') throw new LlmoinError('unsupported-media-type', outcome.detail, { reason: outcome.reason });
      throw unprocessableDocument(outcome.detail, outcome.reason);
    }
    // The latest upload decides the sharing, whatever the outcome (re-ingesting resets the column).
    if (!shared) deps.library.store.setShareGroup(outcome.document.id, group);
    const document = shared ? outcome.document : { ...outcome.document, shareGroup: group };
    const created = outcome.status === 'ingested';
    response.status(created ? 201 : 200).json({ status: outcome.status, document: presentDocument(document, outcome.chunkCount) });
  });

  router.delete('/api/v1/documents/:id', async (request, response) => {
    const actor = authorize(request, 'document:list');
    const { id } = validate(documentIdSchema, request.params, 'Path');
    const document = store.findById(id);
    if (!document || !can(actor, 'document:read', document)) throw notFound(`Document ${id}`);
    const mayDelete = document.owner === null ? can(actor, 'corpus:manage') : can(actor, 'document:delete', document);
    if (!mayDelete) throw new LlmoinError('forbidden', 'You may not delete this document.');
    await deps.library.delete(document);
    response.status(204).end();
  });
  return router;
}
