import { GenerationUnavailableError } from '../../inference';
import { LlmoinError, notFound } from '../../platform/errors';
import { retrieveChunks, type GermanAnalyzer, type Passage, type RetrievalFilter, type Retriever } from '../../retrieval';
import { answerExtractively } from '../answer-question';
import { formatPassages } from '../research-question';
import { runPrompt } from '../run-prompt';
import { generativeStream, NO_USAGE, type GenerationContext, type ResultProvenance, type RunOptions } from '../use-case';
import { verifyCitations, type CitationReport } from '../verify-citations';
import type { ChatMessageRecord, ChatStore, StoredCitation } from './chat-store';

export const CHAT_PROMPT_ID = 'chat';
export const NEW_CHAT_TITLE = 'Neuer Chat';

export const CHAT_TEXT = {
  noDocuments: 'Keine Dokumente ausgewählt.',
  degradedIntro: 'Zurzeit steht kein Sprachmodell zur Verfügung. Passende Stellen aus den Dokumenten (wörtliche Zitate):',
};

export interface ChatContext extends GenerationContext {
  chats: ChatStore;
  retriever: Retriever;
  analyzer: GermanAnalyzer;
  historyTurns: number;
}

export interface ChatTurnInput {
  owner: string;
  /** Whose uploads retrieval may see (undefined: all, for admins). */
  visibleTo: RetrievalFilter['visibleTo'];
  chatId: string;
  message: string;
  k: number;
}

export interface ChatTurnResult extends ResultProvenance {
  chatId: string;
  title: string;
  message: Omit<ChatMessageRecord, 'id' | 'createdAt'>;
  verification: CitationReport | null;
}

/**
 * One chat turn: the history of this user's chat plus (when documents are selected) passages
 * retrieved from them go to the model; the turn is stored only once the answer is complete.
 * Without a model the turn is answered with quoted passages from the selected documents or the corpus.
 */
export async function sendChatMessage(context: ChatContext, input: ChatTurnInput, options: RunOptions = {}): Promise<ChatTurnResult> {
  const chat = context.chats.get(input.owner, input.chatId);
  if (!chat) throw notFound('Chat');
  const filter = { visibleTo: input.visibleTo, ...(chat.documentIds.length ? { documentIds: chat.documentIds } : {}) };
  const title = chat.title === NEW_CHAT_TITLE && chat.messageCount === 0 ? titleFrom(input.message) : chat.title;

  const finish = (result: Omit<ChatTurnResult, 'chatId' | 'title'>): ChatTurnResult => {
    context.chats.appendTurn(input.owner, chat.id, input.message, result.message);
    if (title !== chat.title) context.chats.update(input.owner, chat.id, { title });
    return { ...result, chatId: chat.id, title };
  };
  const degraded = async (fallback: { reason: string } | null) => {
    const answer = await answerExtractively(context.retriever, context.analyzer, { question: input.message, k: input.k, filter });
    const content = answer.found ? [CHAT_TEXT.degradedIntro, ...answer.answer.split('\n\n').slice(1)].join('\n\n') : answer.answer;
    options.events?.onStart?.({ mode: 'extractive', model: null });
    options.events?.onDelta?.(content);
    const citations = answer.citations.map((citation) => toStored(citation.marker, citation.passage, citation));
    return finish({ mode: 'extractive', model: null, prompts: [], fallback, usage: NO_USAGE, verification: null, message: { role: 'assistant', content, mode: 'extractive', model: null, citations } });
  };

  const model = context.generation;
  if (!model) return degraded(null);
  if (input.message.length > context.maxPromptChars) throw new LlmoinError('validation-failed', 'The message is longer than the prompt limit.');
  const passages: Passage[] = chat.documentIds.length ? (await retrieveChunks(context.retriever, { query: input.message, k: input.k, filter })).passages : [];
  const history = context.chats
    .messages(input.owner, chat.id)
    .slice(-context.historyTurns * 2)
    .map((message) => ({ role: message.role, content: message.content }));
  const stream = generativeStream(options.events, model.modelId);
  try {
    const run = await runPrompt(model, context.prompts.get(CHAT_PROMPT_ID), {
      grounding: passages.length ? formatPassages(passages) : CHAT_TEXT.noDocuments, message: input.message,
    }, {
      maxTokens: context.maxTokens, privacy: context.privacy, history, ...(options.signal ? { signal: options.signal } : {}),
      onDelta: stream.onDelta,
    });
    if (options.signal?.aborted) throw new LlmoinError('service-unavailable', 'The chat turn was cancelled.');
    const citations = passages.map((passage, index) => toStored(index + 1, passage, passage));
    return finish({
      mode: 'generative', model: model.modelId, prompts: [run.prompt], fallback: null, usage: run.usage,
      verification: passages.length ? verifyCitations(run.text, passages) : null,
      message: { role: 'assistant', content: run.text, mode: 'generative', model: model.modelId, citations },
    });
  } catch (error) {
    if (error instanceof GenerationUnavailableError && !stream.started) return degraded({ reason: error.reason });
    throw error;
  }
}

function toStored(marker: number, passage: Passage, span: { quote: string; start: number; end: number }): StoredCitation {
  return { marker, documentId: passage.documentId, title: passage.title, section: passage.section, page: passage.page, start: span.start, end: span.end, quote: span.quote };
}

function titleFrom(message: string): string {
  const line = message.replace(/\s+/g, ' ').trim();
  return line.length <= 60 ? line : `${line.slice(0, 59).replace(/\s+\S*$/, '')}…`;
}
