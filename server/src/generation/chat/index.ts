export { ChatStore, type ChatSummary, type ChatMessageRecord, type StoredCitation } from './chat-store';
export { sendChatMessage, CHAT_PROMPT_ID, NEW_CHAT_TITLE, CHAT_TEXT, type ChatContext, type ChatTurnInput, type ChatTurnResult } from './send-chat-message';
