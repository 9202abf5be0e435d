import { Router, type Request } from 'express';
import { can, visibilityOf, visibleTo, type Actor } from '../../auth';
import type { Config } from '../../config';
import { NEW_CHAT_TITLE, sendChatMessage, type AssistantServices, type ChatTurnResult } from '../../generation';
import type { DocumentLibrary } from '../../ingest';
import { LlmoinError, notFound } from '../../platform/errors';
import type { Logger } from '../../platform/logger';
import type { GermanAnalyzer, Retriever } from '../../retrieval';
import { presentProvenance } from '../provenance.presenter';
import { authorize } from '../request-context';
import { abortOnClose, auditProvenance, respondWithUseCase, wantsEventStream } from '../use-case-stream';
import { validate } from '../validate';
import { chatIdSchema, chatMessageSchema, createChatSchema, updateChatSchema } from './chats.schema';

interface ChatDependencies {
  assistant: AssistantServices;
  library: DocumentLibrary;
  retriever: Retriever;
  analyzer: GermanAnalyzer;
  config: Config;
  logger: Logger;
}

/** Chat histories are private to their owner: nobody else, admins included, reaches them by id. */
export function chatRoutes(deps: ChatDependencies): Router {
  const router = Router();
  const chats = deps.assistant.chats;
  const messageSchema = chatMessageSchema(deps.config);
  const checkDocuments = (actor: Actor, ids: string[]) => {
    for (const id of ids) {
      const document = deps.library.store.findById(id);
      if (!document || !can(actor, 'document:read', document)) throw notFound(`Document ${id}`);
    }
  };
  const chatId = (request: Request) => validate(chatIdSchema, request.params, 'Path').id;

  router.get('/api/v1/chats', (request, response) => {
    const actor = authorize(request, 'chat');
    response.json({ chats: chats.list(actor.subject) });
  });

  router.post('/api/v1/chats', (request, response) => {
    const actor = authorize(request, 'chat');
    const body = validate(createChatSchema, request.body ?? {});
    checkDocuments(actor, body.documentIds);
    if (chats.count(actor.subject) >= deps.assistant.maxChatsPerUser) {
      throw new LlmoinError('conflict', `You have ${deps.assistant.maxChatsPerUser} chats, the configured maximum; delete some first.`);
    }
    response.status(201).json(chats.create(actor.subject, { title: body.title ?? NEW_CHAT_TITLE, documentIds: body.documentIds }));
  });

  router.get('/api/v1/chats/:id', (request, response) => {
    const actor = authorize(request, 'chat');
    const id = chatId(request);
    const chat = chats.get(actor.subject, id);
    if (!chat) throw notFound('Chat');
    response.json({ ...chat, messages: chats.messages(actor.subject, id) });
  });

  router.patch('/api/v1/chats/:id', (request, response) => {
    const actor = authorize(request, 'chat');
    const id = chatId(request);
    const body = validate(updateChatSchema, request.body ?? {});
    if (body.documentIds) checkDocuments(actor, body.documentIds);
    const chat = chats.update(actor.subject, id, { ...(body.title ? { title: body.title } : {}), ...(body.documentIds ? { documentIds: body.documentIds } : {}) });
    if (!chat) throw notFound('Chat');
    response.json(chat);
  });

  router.delete('/api/v1/chats/:id', (request, response) => {
    const actor = authorize(request, 'chat');
    if (!chats.delete(actor.subject, chatId(request))) throw notFound('Chat');
    response.status(204).end();
  });

  router.delete('/api/v1/chats', (request, response) => {
    const actor = authorize(request, 'chat');
    response.json({ deleted: chats.deleteAll(actor.subject) });
  });

  router.post('/api/v1/chats/:id/messages', async (request, response) => {
    const actor = authorize(request, 'chat');
    const id = chatId(request);
    const body = validate(messageSchema, request.body);
    if (!chats.get(actor.subject, id)) throw notFound('Chat');
    const signal = abortOnClose(response);
    const services = deps.assistant;
    await respondWithUseCase(
      request, response, { stream: wantsEventStream(request, body.stream), logger: deps.logger },
      (events) => sendChatMessage(
        { ...services.context(), chats, retriever: deps.retriever, analyzer: deps.analyzer, historyTurns: services.chatHistoryTurns },
        { owner: actor.subject, visibleTo: visibilityOf(actor), chatId: id, message: body.message, k: body.k },
        { signal, events },
      ),
      (result: ChatTurnResult) => ({
        ...presentProvenance(result), chatId: result.chatId, title: result.title, message: result.message, verification: result.verification,
        legalCitations: result.mode === 'generative' ? services.checkCitations(result.message.content, visibleTo(actor)) : null,
      }),
      (result) => auditProvenance(result, [...new Set(result.message.citations.map((citation) => citation.documentId))]),
    );
  });
  return router;
}
