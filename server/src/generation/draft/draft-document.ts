import { GenerationUnavailableError } from '../../inference';
import { runPrompt } from '../run-prompt';
import { generativeStream, NO_USAGE, type GenerationContext, type ResultProvenance, type RunOptions } from '../use-case';
import { composeDraft, findGaps, formatGermanDate, type DraftGap, type LetterHead } from './compose-draft';
import type { DeadlineRequest, DocumentType, DraftFields, Sender, Tone } from './draft-fields';
import type { DraftTemplate } from './draft-templates';

export const DRAFT_PROMPT_ID = 'draft-document';

export interface DraftInput {
  type: DocumentType;
  tone: Tone;
  genderFair: boolean;
  fields: DraftFields;
}

/** A computed Rechtsbehelfsbelehrung with the deadline it rests on (never left to the model). */
export interface RemedyNotice {
  text: string;
  deadline: unknown;
}

export interface DraftContext extends GenerationContext {
  templates: Map<DocumentType, DraftTemplate>;
  /** Computes the Rechtsbehelfsbelehrung of a Bescheid from its Bekanntgabe data. */
  composeRemedyNotice(request: DeadlineRequest, sender: Sender | undefined): RemedyNotice;
  today(): string;
}

export interface DraftResult extends ResultProvenance {
  type: DocumentType;
  label: string;
  template: { type: DocumentType; version: number };
  text: string;
  /** `## ` headings of the text as sections (Bescheid: Bescheid, Begründung, Rechtsbehelfsbelehrung). */
  sections: Array<{ heading: string | null; text: string }>;
  letter: LetterHead | null;
  gaps: DraftGap[];
  deadline: unknown;
  /** Whether the computed Rechtsbehelfsbelehrung appears verbatim in the final text. */
  remedyNoticeIntact: boolean | null;
}

/**
 * Draft: fill the document type's DIN 5008 outline with the clerk's fields (deadlines computed,
 * gaps marked); with a model, let it write the full text along that outline; without one (or when
 * it is unavailable) return the filled outline itself.
 */
export async function draftDocument(context: DraftContext, input: DraftInput, options: RunOptions = {}): Promise<DraftResult> {
  const template = context.templates.get(input.type);
  if (!template) throw new Error(`no draft template for ${input.type}`);
  const notice = input.fields.deadline ? context.composeRemedyNotice(input.fields.deadline, input.fields.sender) : null;
  const composed = composeDraft(template, input.fields, { rechtsbehelfsbelehrung: notice?.text ?? null, today: context.today(), genderFair: input.genderFair });
  const base = {
    type: input.type, label: template.label, template: { type: template.type, version: template.version }, letter: composed.letter,
    deadline: notice?.deadline ?? null,
  };
  const fromTemplate = (fallback: { reason: string } | null): DraftResult => {
    options.events?.onStart?.({ mode: 'template', model: null });
    options.events?.onDelta?.(composed.text);
    return {
      ...base, mode: 'template', model: null, prompts: [], fallback, usage: NO_USAGE, text: composed.text, sections: splitSections(composed.text),
      gaps: composed.gaps, remedyNoticeIntact: notice ? true : null,
    };
  };
  const model = context.generation;
  if (!model) return fromTemplate(null);
  const stream = generativeStream(options.events, model.modelId);
  try {
    const run = await runPrompt(
      model, context.prompts.get(DRAFT_PROMPT_ID),
      { documentType: `${template.label} — ${template.description}`, tone: input.tone, genderFair: input.genderFair ? 'ja' : 'nein', fields: describeFields(input.fields), outline: composed.text },
      {
        maxTokens: context.maxTokens, privacy: context.privacy, ...(options.signal ? { signal: options.signal } : {}),
        onDelta: stream.onDelta,
      },
    );
    const remaining = findGaps(run.text);
    return {
      ...base, mode: 'generative', model: model.modelId, prompts: [run.prompt], fallback: null, usage: run.usage, text: run.text, sections: splitSections(run.text),
      gaps: remaining.map((label) => composed.gaps.find((entry) => entry.label === label) ?? { field: 'unbekannt', label, required: false }),
      remedyNoticeIntact: notice ? normalizeSpace(run.text).includes(normalizeSpace(notice.text)) : null,
    };
  } catch (error) {
    if (error instanceof GenerationUnavailableError && !stream.started) return fromTemplate({ reason: error.reason });
    throw error;
  }
}

/** The clerk's fields as labelled lines for the prompt (data, not instructions). */
export function describeFields(fields: DraftFields): string {
  const lines: string[] = [];
  const add = (label: string, value: string | undefined) => {
    if (value) lines.push(`${label}: ${value}`);
  };
  add('Absender', fields.sender && [fields.sender.authority, fields.sender.unit, fields.sender.contactPerson].filter(Boolean).join(', '));
  add('Empfänger', fields.recipient?.lines.join(', '));
  add('Anrede', fields.salutation && [fields.salutation.form, fields.salutation.title, fields.salutation.name].filter(Boolean).join(' '));
  add('Aktenzeichen', fields.aktenzeichen);
  add('Ihr Zeichen', fields.ihrZeichen);
  add('Betreff', fields.betreff);
  if (fields.kernpunkte?.length) lines.push('Kernpunkte:', ...fields.kernpunkte.map((point) => `- ${point}`));
  if (fields.termine?.length) lines.push('Termine:', ...fields.termine.map((entry) => `- ${entry.label}: ${formatGermanDate(entry.date)}`));
  add('Rechtsgrundlagen', fields.rechtsgrundlagen?.join(', '));
  add('Antragsdatum', fields.antragsdatum && formatGermanDate(fields.antragsdatum));
  if (fields.tenor?.length) lines.push('Entscheidung:', ...fields.tenor.map((item, index) => `${index + 1}. ${item}`));
  add('Begründung', fields.begruendung);
  add('Beabsichtigte Maßnahme', fields.massnahme);
  add('Frist zur Äußerung', fields.aeusserungsfrist && formatGermanDate(fields.aeusserungsfrist));
  add('Eingangsdatum', fields.eingangsdatum && formatGermanDate(fields.eingangsdatum));
  add('Gegenstand', fields.gegenstand);
  add('Bearbeitungsdauer', fields.bearbeitungsdauer);
  add('Anlass', fields.anlass);
  add('Weiteres Vorgehen', fields.weiteresVorgehen);
  add('Gremium', fields.gremium);
  add('Sitzungsdatum', fields.sitzungsdatum && formatGermanDate(fields.sitzungsdatum));
  add('Beschlussvorschlag', fields.beschlussvorschlag);
  add('Finanzielle Auswirkungen', fields.finanzielleAuswirkungen);
  return lines.join('\n') || '(keine Angaben)';
}

export function splitSections(text: string): Array<{ heading: string | null; text: string }> {
  const sections: Array<{ heading: string | null; text: string }> = [];
  let current: { heading: string | null; lines: string[] } = { heading: null, lines: [] };
  for (const line of text.split('\n')) {
    const heading = /^#{1,3}\s+(.+)$/.exec(line);
    if (heading) {
      if (current.heading !== null || current.lines.join('').trim()) sections.push({ heading: current.heading, text: current.lines.join('\n').trim() });
      current = { heading: heading[1]?.trim() ?? null, lines: [] };
    } else current.lines.push(line);
  }
  if (current.heading !== null || current.lines.join('').trim()) sections.push({ heading: current.heading, text: current.lines.join('\n').trim() });
  return sections;
}

const normalizeSpace = (text: string) => text.replace(/\s+/g, ' ').trim();
