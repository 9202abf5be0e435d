import { BorderStyle, HeadingLevel, Paragraph, ShadingType, Tab, TextRun, type IParagraphOptions } from 'docx';
import { parseInlineRuns, parseTextBlocks, type TextBlock } from './text-blocks';

/** 1 mm in twips (1/1440 inch); DIN 5008 is specified in millimetres, OOXML in twips. */
export const mm = (millimetres: number): number => Math.round((millimetres * 1440) / 25.4);

/** One blank line at 12 pt pitch: the DIN 5008 unit for vertical gaps ("eine Leerzeile"). */
export const BLANK_LINE = 240;

const HEADING_STYLES = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/**
 * How text blocks look: letters keep DIN 5008 blank-line gaps and bold run-in headings (Word
 * heading styles would break the letter's uniform look); plain documents use real heading
 * styles so Word's navigation pane and table of contents work.
 */
export interface BlockStyle {
  headings: 'bold' | 'styles';
  /** Space before a block, in twips. */
  blockGap: number;
  /** Space between consecutive list items. */
  itemGap: number;
}

export const LETTER_BLOCKS: BlockStyle = { headings: 'bold', blockGap: BLANK_LINE, itemGap: 60 };
export const DOCUMENT_BLOCKS: BlockStyle = { headings: 'styles', blockGap: 120, itemGap: 60 };

/** Text runs for one line, with "**bold**" honoured. */
export function inlineRuns(line: string, options: { bold?: boolean; size?: number } = {}): TextRun[] {
  return parseInlineRuns(line).map(
    (run) => new TextRun({ text: run.text, bold: options.bold === true || run.bold, ...(options.size ? { size: options.size } : {}) }),
  );
}

export function textToParagraphs(text: string, style: BlockStyle): Paragraph[] {
  return parseTextBlocks(text).flatMap((block) => blockToParagraphs(block, style));
}

function blockToParagraphs(block: TextBlock, style: BlockStyle): Paragraph[] {
  switch (block.type) {
    case 'heading':
      return [headingParagraph(block.text, style, block.level)];
    case 'paragraph':
      return [new Paragraph({ spacing: { before: style.blockGap }, children: linesToRuns(block.lines) })];
    case 'enumerated':
      return [
        new Paragraph({
          spacing: { before: style.blockGap },
          indent: { left: mm(8), hanging: mm(8) },
          children: [new TextRun({ children: [block.marker, new Tab()] }), ...inlineRuns(block.text)],
        }),
      ];
    case 'bullets':
      return block.items.map(
        (item, index) =>
          new Paragraph({
            bullet: { level: item.level },
            spacing: { before: index === 0 ? style.blockGap : style.itemGap },
            children: inlineRuns(item.text),
          }),
      );
  }
}

/** A section or text heading: a Word heading style in documents, a bold paragraph in letters. */
export function headingParagraph(text: string, style: BlockStyle, level: 1 | 2 | 3 = 1): Paragraph {
  const options: IParagraphOptions = { keepNext: true, keepLines: true };
  if (style.headings === 'styles') return new Paragraph({ ...options, heading: HEADING_STYLES[level], text });
  return new Paragraph({ ...options, spacing: { before: style.blockGap * 1.5 }, children: [new TextRun({ text, bold: true })] });
}

/** Lines of one paragraph stay separate lines (addresses, enumerations without markers). */
function linesToRuns(lines: string[]): TextRun[] {
  return lines.flatMap((line, index) => (index === 0 ? inlineRuns(line) : [new TextRun({ break: 1 }), ...inlineRuns(line)]));
}

/** The boxed AI notice at the end of the body: visible on screen and in print, and copied with the text. */
export function aiNoteParagraph(note: string): Paragraph {
  const border = { style: BorderStyle.SINGLE, size: 4, color: '808080', space: 4 };
  return new Paragraph({
    keepLines: true,
    spacing: { before: BLANK_LINE * 2 },
    border: { top: border, bottom: border, left: border, right: border },
    shading: { type: ShadingType.CLEAR, fill: 'F2F2F2', color: 'auto' },
    children: [new TextRun({ text: note, size: 18 })],
  });
}
