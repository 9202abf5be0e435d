import type { CitationCheckReport, CheckedReference } from '../../legal/citations';

/** The citation check contract: every `passage.quote` is the document text between `start` and `end`. */
export function presentCitationReport(report: CitationCheckReport) {
  return { references: report.references.map(presentReference), summary: { ...report.summary } };
}

function presentReference(reference: CheckedReference) {
  const { passage } = reference;
  return {
    text: reference.text,
    start: reference.start,
    end: reference.end,
    law: reference.law,
    unit: reference.unit,
    number: reference.number,
    paragraph: reference.paragraph,
    sentence: reference.sentence,
    item: reference.item,
    status: reference.status,
    missing: reference.missing,
    passage: passage
      ? {
          documentId: passage.documentId, title: passage.title, chunkId: passage.chunkId, section: passage.section,
          page: passage.page, start: passage.start, end: passage.end, quote: passage.quote,
        }
      : null,
  };
}
