import { DEFAULT_LEXICAL_WEIGHTS } from '../retrieval';
import { DEFAULT_VARIANT, needsReindex, parseVariant } from './variants';

describe('parseVariant', () => {
  it('reads the default', () => {
    expect(parseVariant('default')).toEqual(DEFAULT_VARIANT);
    expect(needsReindex(parseVariant('default'))).toBe(false);
  });

  it('reads combined settings and keeps the spec as the name', () => {
    const variant = parseVariant('decompound=0+weights=1/0.5/2+chunk=800/100+title=none+perdoc=2');
    expect(variant).toEqual({
      name: 'decompound=0+weights=1/0.5/2+chunk=800/100+title=none+perdoc=2',
      decompound: false, stopWords: true, weights: { title: 1, section: 0.5, body: 2 }, title: 'none', unit: 'chunk',
      chunking: { chunkSize: 800, chunkOverlap: 100 }, docPrior: 0, perDocument: 2,
    });
    expect(needsReindex(variant)).toBe(true);
  });

  it('reads the document prior', () => {
    expect(parseVariant('docprior=0.3').docPrior).toBe(0.3);
  });

  it('reads the document-unit diagnostic', () => {
    expect(parseVariant('unit=document').unit).toBe('document');
    expect(needsReindex(parseVariant('unit=document'))).toBe(true);
  });

  it('needs no reindex for weight changes alone', () => {
    expect(needsReindex(parseVariant('weights=1/1/1'))).toBe(false);
    expect(DEFAULT_VARIANT.weights).toEqual(DEFAULT_LEXICAL_WEIGHTS);
  });

  it.each(['foo=1', 'decompound=2', 'weights=1/2', 'chunk=100/100', 'title', 'weights=1/-1/1', 'perdoc=-1', 'perdoc=x', 'unit=page', 'docprior=1', 'docprior=-0.1'])('rejects %s', (spec) => {
    expect(() => parseVariant(spec)).toThrow(/variant/);
  });
});
