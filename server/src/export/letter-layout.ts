import { HeightRule, Paragraph, Tab, Table, TableBorders, TableCell, TableLayoutType, TableRow, TabStopType, TextRun, VerticalAlignTable, WidthType } from 'docx';
import { formatGermanDate, formatIsoDay } from './ai-note';
import { BLANK_LINE, headingParagraph, LETTER_BLOCKS, mm, textToParagraphs } from './docx-blocks';
import type { LetterDetails, LetterExport } from './export-input';

/**
 * DIN 5008, Form B (letterhead 45 mm). All positions are from the page's top-left corner.
 * Window envelopes (DIN C5/6, C6, DL) show exactly the Anschriftfeld, so its position is fixed:
 * 20 mm from the left, 45 mm from the top, 85 × 45 mm; inside, the Zusatz- und Vermerkzone
 * (17.7 mm, holding the Rücksendeangabe as its last line) and the Anschriftzone (27.3 mm, up to
 * 6 lines). The Informationsblock starts 125 mm from the left and 50 mm from the top and may be
 * 75 mm wide, i.e. it reaches 10 mm into the right margin as DIN 5008 allows.
 */
export const DIN_5008_FORM_B = {
  pageWidth: 210,
  pageHeight: 297,
  marginLeft: 25,
  marginRight: 20,
  marginTop: 20,
  marginBottom: 25,
  addressFieldLeft: 20,
  addressFieldTop: 45,
  addressFieldWidth: 85,
  addressFieldHeight: 45,
  remarkZoneHeight: 17.7,
  infoBlockLeft: 125,
  infoBlockTop: 50,
  infoBlockWidth: 75,
} as const;

const FORM = DIN_5008_FORM_B;
/** Text inside the address field starts 5 mm in, on the letter's left alignment line (25 mm). */
const ADDRESS_INSET = FORM.marginLeft - FORM.addressFieldLeft;
const GAP_WIDTH = FORM.infoBlockLeft - FORM.addressFieldLeft - FORM.addressFieldWidth;
const INFO_LABEL_WIDTH = 26;
/** Rücksendeangabe: 7 pt on an exact 9 pt line, so a full postal address fits the 80 mm line. */
const RETURN_LINE_TWIPS = 180;
/** Address lines: an exact 12 pt pitch keeps 6 lines (25.4 mm) inside the 27.3 mm Anschriftzone. */
const ADDRESS_LINE_TWIPS = 240;
const INFO_LINE_TWIPS = 240;

export const DEFAULT_SALUTATION = 'Sehr geehrte Damen und Herren,';
export const DEFAULT_CLOSING = 'Mit freundlichen Grüßen';

/**
 * The letter's body in document order. Letterhead, Anschriftfeld and Informationsblock sit in a
 * borderless table whose first row has an exact height, so the address field lands at 45 mm in any
 * word processor that honours exact row heights (text frames are anchored differently by each).
 */
export function letterBodyChildren(input: LetterExport): Array<Paragraph | Table> {
  const { letter } = input;
  return [
    letterheadTable(letter, input.createdAt),
    // Two blank lines below the address field, then the Betreff in bold without the word "Betreff".
    new Paragraph({ spacing: { before: BLANK_LINE * 2 }, keepNext: true, children: [new TextRun({ text: letter.subject, bold: true })] }),
    new Paragraph({ spacing: { before: BLANK_LINE * 2 }, text: letter.salutation ?? DEFAULT_SALUTATION }),
    ...(input.text ? textToParagraphs(input.text, LETTER_BLOCKS) : []),
    ...(input.sections ?? []).flatMap((section) => [
      ...(section.heading ? [headingParagraph(section.heading, LETTER_BLOCKS)] : []),
      ...textToParagraphs(section.text, LETTER_BLOCKS),
    ]),
    ...signatureBlock(letter),
    ...attachmentList(letter.attachments ?? []),
  ];
}

const NO_BORDERS = TableBorders.NONE;
const NO_MARGINS = { top: 0, bottom: 0, left: 0, right: 0 };
const cellWidth = (millimetres: number) => ({ borders: NO_BORDERS, width: { size: mm(millimetres), type: WidthType.DXA } });

function letterheadTable(letter: LetterDetails, createdAt: Date): Table {
  return new Table({
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    // The table starts at the address field's left edge (20 mm), 5 mm left of the text margin.
    indent: { size: mm(-ADDRESS_INSET), type: WidthType.DXA },
    width: { size: mm(FORM.addressFieldWidth + GAP_WIDTH + FORM.infoBlockWidth), type: WidthType.DXA },
    columnWidths: [mm(FORM.addressFieldWidth), mm(GAP_WIDTH), mm(FORM.infoBlockWidth)],
    margins: NO_MARGINS,
    rows: [
      new TableRow({
        cantSplit: true,
        height: { value: mm(FORM.addressFieldTop - FORM.marginTop), rule: HeightRule.EXACT },
        children: [new TableCell({ columnSpan: 3, borders: NO_BORDERS, children: letterhead(letter) })],
      }),
      new TableRow({
        cantSplit: true,
        // At least 45 mm: the Betreff never moves up into the window, and nothing is clipped.
        height: { value: mm(FORM.addressFieldHeight), rule: HeightRule.ATLEAST },
        children: [
          // Word requires a paragraph after a nested table; a 1 pt one takes no visible room.
          new TableCell({ ...cellWidth(FORM.addressFieldWidth), children: [addressField(letter), new Paragraph({ spacing: { line: 20, lineRule: 'exact' } })] }),
          new TableCell({ ...cellWidth(GAP_WIDTH), children: [new Paragraph({})] }),
          new TableCell({ ...cellWidth(FORM.infoBlockWidth), children: infoBlock(letter, createdAt) }),
        ],
      }),
    ],
  });
}

/**
 * The Anschriftfeld as its own two-row table, so screen readers and copy-paste meet the address
 * before the information block: the remark zone has an exact height with the Rücksendeangabe at
 * its bottom (a wrapped one grows upwards; the address never moves), then the Anschriftzone.
 */
function addressField(letter: LetterDetails): Table {
  return new Table({
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    width: { size: mm(FORM.addressFieldWidth), type: WidthType.DXA },
    columnWidths: [mm(FORM.addressFieldWidth)],
    margins: NO_MARGINS,
    rows: [
      new TableRow({
        cantSplit: true,
        height: { value: mm(FORM.remarkZoneHeight), rule: HeightRule.EXACT },
        children: [new TableCell({ ...cellWidth(FORM.addressFieldWidth), verticalAlign: VerticalAlignTable.BOTTOM, children: [returnAddressParagraph(letter)] })],
      }),
      new TableRow({
        cantSplit: true,
        height: { value: mm(FORM.addressFieldHeight - FORM.remarkZoneHeight), rule: HeightRule.ATLEAST },
        children: [new TableCell({ ...cellWidth(FORM.addressFieldWidth), children: addressLines(letter) })],
      }),
    ],
  });
}

function letterhead(letter: LetterDetails): Paragraph[] {
  const { sender } = letter;
  const indent = { left: mm(ADDRESS_INSET) };
  return [
    new Paragraph({ indent, children: [new TextRun({ text: sender.authority, bold: true, size: 28 })] }),
    ...(sender.unit ? [new Paragraph({ indent, children: [new TextRun({ text: sender.unit })] })] : []),
  ];
}

/** The sender's postal address on one line, e.g. "Stadt Musterhaven, Rathausmarkt 1, 20095 Musterhaven". */
export function returnAddress(letter: LetterDetails): string {
  const { sender } = letter;
  const place = [sender.postalCode, sender.city].filter(Boolean).join(' ');
  return [sender.authority, sender.street, place].filter((part): part is string => Boolean(part)).join(', ');
}

const ADDRESS_INDENT = { left: mm(ADDRESS_INSET) };

function returnAddressParagraph(letter: LetterDetails): Paragraph {
  return new Paragraph({
    indent: ADDRESS_INDENT,
    spacing: { line: RETURN_LINE_TWIPS, lineRule: 'exact' },
    children: [new TextRun({ text: returnAddress(letter), size: 14 })],
  });
}

function addressLines(letter: LetterDetails): Paragraph[] {
  return letter.recipient.lines.map(
    (line) => new Paragraph({ indent: ADDRESS_INDENT, spacing: { line: ADDRESS_LINE_TWIPS, lineRule: 'exact' }, children: [new TextRun({ text: line })] }),
  );
}

/** "Label: value" rows aligned on a tab; a wrapped value stays under its value column. */
export function infoBlockRows(letter: LetterDetails, createdAt: Date): Array<[string, string]> {
  const rows: Array<[string, string | undefined]> = [
    ['Ihr Zeichen', letter.yourReference],
    ['Aktenzeichen', letter.reference],
    ['Ansprechpartner', letter.contactPerson ?? letter.sender.contactPerson],
    ['Telefon', letter.sender.phone],
    ['E-Mail', letter.sender.email],
    ['Datum', letter.date ? formatIsoDay(letter.date) : formatGermanDate(createdAt)],
  ];
  return rows.filter((row): row is [string, string] => Boolean(row[1]));
}

function infoBlock(letter: LetterDetails, createdAt: Date): Paragraph[] {
  const rows = infoBlockRows(letter, createdAt);
  return rows.map(
    ([label, value], index) =>
      new Paragraph({
        spacing: { before: index === 0 ? mm(FORM.infoBlockTop - FORM.addressFieldTop) : 0, line: INFO_LINE_TWIPS, lineRule: 'exact' },
        indent: { left: mm(INFO_LABEL_WIDTH), hanging: mm(INFO_LABEL_WIDTH) },
        tabStops: [{ type: TabStopType.LEFT, position: mm(INFO_LABEL_WIDTH) }],
        children: [new TextRun({ text: `${label}:`, size: 16 }), new TextRun({ children: [new Tab(), value], size: 18 })],
      }),
  );
}

function signatureBlock(letter: LetterDetails): Paragraph[] {
  const closing = new Paragraph({ spacing: { before: BLANK_LINE }, keepNext: true, keepLines: true, text: letter.closing ?? DEFAULT_CLOSING });
  const lines = (letter.signature ?? '').split('\n').map((line) => line.trim()).filter(Boolean);
  // Three blank lines leave room for the handwritten signature.
  const signature = lines.map(
    (line, index) => new Paragraph({ spacing: { before: index === 0 ? BLANK_LINE * 3 : 0 }, keepNext: index < lines.length - 1, text: line }),
  );
  return [closing, ...signature];
}

function attachmentList(attachments: string[]): Paragraph[] {
  if (attachments.length === 0) return [];
  const heading = new Paragraph({
    spacing: { before: BLANK_LINE },
    keepNext: true,
    children: [new TextRun({ text: attachments.length === 1 ? 'Anlage' : 'Anlagen', bold: true })],
  });
  return [heading, ...attachments.map((attachment) => new Paragraph({ text: attachment }))];
}
