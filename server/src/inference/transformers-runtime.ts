import type * as Transformers from '@huggingface/transformers' with { 'resolution-mode': 'import' };

/**
 * transformers.js ships a CommonJS build, but its type declarations live in an ESM package, so
 * TypeScript (module node16) refuses a static import from our CommonJS output. We load the CJS
 * build with require and borrow the ESM types; this is the only module that touches the package.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const transformers: typeof Transformers = require('@huggingface/transformers');

export type FeatureExtractionPipeline = Transformers.FeatureExtractionPipeline;
export type TransformersEnvironment = typeof Transformers.env;
