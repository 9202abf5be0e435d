import type { Api } from '../api/client';
import type { DraftResult } from '../api/types';
import { saveFile } from '../api/save-file';

/** The body of POST /api/v1/export/docx for a draft: a DIN 5008 letter when the draft has a letter head. */
export function exportBody(result: DraftResult, title: string): Record<string, unknown> {
  const sections = result.sections
    .filter((section) => section.text.trim() !== '')
    .map((section) => ({ heading: section.heading, text: section.text }));
  const content = sections.length ? { sections } : { text: result.text };
  if (result.letter) return { kind: 'letter', title, model: result.model, ...content, letter: result.letter };
  return { kind: 'document', title, model: result.model, ...content };
}

/** Downloads the DOCX through an object URL (no navigation, no inline script). */
export async function downloadDocx(api: Api, result: DraftResult, title: string): Promise<string> {
  const { blob, fileName } = await api.download('/api/v1/export/docx', exportBody(result, title));
  return saveFile(blob, fileName);
}
