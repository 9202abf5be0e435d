export { renderDocx } from './render-docx';
export { aiNote, formatGermanDate, NO_MODEL_LABEL } from './ai-note';
export { DIN_5008_FORM_B } from './letter-layout';
export type { DocumentExport, ExportInput, ExportSection, LetterDetails, LetterExport, LetterSender, MetadataLine } from './export-input';
