import type { DocumentRecord, RejectedFile } from '../../ingest';

export function presentDocument(document: DocumentRecord, chunkCount?: number) {
  return {
    id: document.id,
    title: document.title,
    source: document.source,
    mediaType: document.mediaType,
    sha256: document.sha256,
    collection: document.collection,
    owner: document.owner,
    shared: document.owner === null,
    group: document.shareGroup ?? null,
    status: 'indexed' as const,
    ingestedAt: document.ingestedAt,
    updatedAt: document.updatedAt,
    pageCount: document.pageCount,
    charCount: document.charCount,
    law: document.metadata.law ?? null,
    ...(chunkCount === undefined ? {} : { chunkCount }),
  };
}

export function presentRejection(rejection: RejectedFile) {
  return {
    source: rejection.source,
    collection: rejection.collection,
    status: rejection.reason === 'no_text_layer' ? 'no_text_layer' : 'failed',
    reason: rejection.reason,
    detail: rejection.detail,
    rejectedAt: rejection.rejectedAt,
  };
}
