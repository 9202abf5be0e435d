export { DOCUMENT_TYPES, type DocumentType, type DraftFields, type Tone, type Sender, type Salutation, type DeadlineRequest } from './draft-fields';
export { loadDraftTemplates, DraftTemplateError, type DraftTemplate } from './draft-templates';
export { composeDraft, composeSalutation, findGaps, formatGermanDate, type ComposedDraft, type DraftGap, type LetterHead } from './compose-draft';
export { draftDocument, describeFields, splitSections, DRAFT_PROMPT_ID, type DraftContext, type DraftInput, type DraftResult, type RemedyNotice } from './draft-document';
