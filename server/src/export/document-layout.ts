import { HeadingLevel, Paragraph, TextRun } from 'docx';
import { DOCUMENT_BLOCKS, headingParagraph, textToParagraphs } from './docx-blocks';
import type { DocumentExport } from './export-input';

/** Vermerk, Beschlussvorlage or summary: title, metadata lines, then text and headed sections. */
export function documentBodyChildren(input: DocumentExport): Paragraph[] {
  const metadata = (input.metadata ?? []).map(
    (line, index, all) =>
      new Paragraph({
        spacing: { after: index === all.length - 1 ? 240 : 0 },
        children: [new TextRun({ text: `${line.label}: `, bold: true, size: 20 }), new TextRun({ text: line.value, size: 20 })],
      }),
  );
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, text: input.title }),
    ...metadata,
    ...(input.text ? textToParagraphs(input.text, DOCUMENT_BLOCKS) : []),
    ...(input.sections ?? []).flatMap((section) => [
      ...(section.heading ? [headingParagraph(section.heading, DOCUMENT_BLOCKS)] : []),
      ...textToParagraphs(section.text, DOCUMENT_BLOCKS),
    ]),
  ];
}
