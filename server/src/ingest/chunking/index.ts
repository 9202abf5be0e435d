export { chunkDocument, pageAt, type DocumentChunk, type ChunkingOptions, type PageSpan } from './chunk-document';
export { detectSections, labelHeading, type Section } from './detect-sections';
export { readFrontMatter, abbreviationFromTitle, type FrontMatter } from './front-matter';
