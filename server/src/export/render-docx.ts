import { Document, Footer, Packer, PageNumber, Paragraph, Tab, TabStopType, TextRun, type IStylesOptions } from 'docx';
import { aiNote, formatGermanDate, modelLabel } from './ai-note';
import { aiNoteParagraph, mm } from './docx-blocks';
import { documentBodyChildren } from './document-layout';
import type { ExportInput } from './export-input';
import { DIN_5008_FORM_B, letterBodyChildren } from './letter-layout';
import { xmlSafeInput } from './xml-safe-text';

const FORM = DIN_5008_FORM_B;
const TEXT_WIDTH = FORM.pageWidth - FORM.marginLeft - FORM.marginRight;

/** Arial 11 pt, German proofing language, and compact heading styles for plain documents. */
const STYLES: IStylesOptions = {
  default: {
    document: { run: { font: 'Arial', size: 22, language: { value: 'de-DE' } }, paragraph: { spacing: { after: 0, line: 240 } } },
    title: { run: { font: 'Arial', size: 32, bold: true, color: '000000' }, paragraph: { spacing: { after: 120 } } },
    heading1: { run: { font: 'Arial', size: 26, bold: true, color: '000000' }, paragraph: { spacing: { before: 240, after: 60 } } },
    heading2: { run: { font: 'Arial', size: 24, bold: true, color: '000000' }, paragraph: { spacing: { before: 200, after: 60 } } },
    heading3: { run: { font: 'Arial', size: 22, bold: true, color: '000000' }, paragraph: { spacing: { before: 160, after: 40 } } },
  },
};

/**
 * Renders a letter (DIN 5008 Form B) or a plain document as DOCX. Every document carries the AI
 * note twice, both visibly: as the boxed last paragraph of the body (travels with copied text)
 * and short in the footer of every page (survives when pages are separated); the model id is also
 * in the core and custom properties.
 */
export async function renderDocx(untrusted: ExportInput): Promise<Buffer> {
  const input = xmlSafeInput(untrusted);
  const note = aiNote(input.model, input.createdAt);
  const body = input.kind === 'letter' ? letterBodyChildren(input) : documentBodyChildren(input);
  const document = new Document({
    creator: 'LLMoin',
    lastModifiedBy: 'LLMoin',
    title: input.title,
    subject: input.kind === 'letter' ? input.letter.subject : input.title,
    keywords: 'KI-Entwurf',
    description: `Mit KI-Unterstützung erstellt. Modell: ${modelLabel(input.model)}. Erstellt am ${formatGermanDate(input.createdAt)}. Vor der Verwendung prüfen.`,
    customProperties: [
      { name: 'LLMoin-Modell', value: modelLabel(input.model) },
      { name: 'LLMoin-Erstellt', value: input.createdAt.toISOString() },
    ],
    styles: STYLES,
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(FORM.pageWidth), height: mm(FORM.pageHeight) },
            margin: { top: mm(FORM.marginTop), bottom: mm(FORM.marginBottom), left: mm(FORM.marginLeft), right: mm(FORM.marginRight), header: mm(10), footer: mm(10) },
          },
        },
        footers: { default: pageFooter() },
        children: [...body, aiNoteParagraph(note)],
      },
    ],
  });
  return Packer.toBuffer(document);
}

function pageFooter(): Footer {
  const small = { size: 16, color: '595959' };
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: mm(TEXT_WIDTH) }],
        children: [
          new TextRun({ ...small, text: 'Mit KI-Unterstützung erstellt – vor der Verwendung prüfen' }),
          new TextRun({ ...small, children: [new Tab(), 'Seite ', PageNumber.CURRENT, ' von ', PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  });
}
