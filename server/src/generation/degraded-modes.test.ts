import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../../test/test-service';
import { UnreachableModel } from '../../test/unreachable-model';
import { draftDocument, DraftTemplateError, loadDraftTemplates } from './draft';
import { loadPromptLibrary } from './prompts';
import { simplifyText } from './simplify-text';
import { loadPlainLanguageRules } from './simplify';
import { summarizeText } from './summarize-text';
import type { GenerationContext } from './use-case';

const TEXT = fs.readFileSync(path.join(REPO_ROOT, 'corpus', 'dienstleistung-wohngeld-beantragen.md'), 'utf8');

describe('degraded modes when the generation backend is down', () => {
  const prompts = loadPromptLibrary(path.join(REPO_ROOT, 'prompts'));
  const context = (model: UnreachableModel): GenerationContext => ({ prompts, generation: model, maxTokens: 64, maxPromptChars: 32_000, privacy: null });

  it('summarize falls back to the extractive summary and says why', async () => {
    const model = new UnreachableModel();
    const result = await summarizeText(context(model), { text: TEXT, length: { preset: 'kurz' }, style: 'fliesstext', audience: 'fachpublikum' }, { maxWindows: 4 });
    expect(model.requests).toHaveLength(1);
    expect(result).toMatchObject({ mode: 'extractive', fallback: { reason: 'backend-down' }, model: null });
    for (const sentence of result.sentences) expect(TEXT.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it('draft falls back to the filled template', async () => {
    const model = new UnreachableModel();
    const templates = loadDraftTemplates(path.join(REPO_ROOT, 'prompts', 'drafts'));
    const result = await draftDocument(
      { ...context(model), templates, composeRemedyNotice: () => ({ text: 'x', deadline: null }), today: () => '2026-11-30' },
      { type: 'vermerk', tone: 'fachsprache', genderFair: true, fields: { betreff: 'Ortstermin', kernpunkte: ['Die Hecke ist zurückgeschnitten.'] } },
    );
    expect(result).toMatchObject({ mode: 'template', fallback: { reason: 'backend-down' } });
    expect(result.text).toContain('Datum: 30.11.2026');
    expect(result.text).toContain('- Die Hecke ist zurückgeschnitten.');
    expect(result.gaps.map((gap) => gap.field)).toEqual(['anlass', 'rechtsgrundlagen', 'weiteresVorgehen']);
  });

  it('simplify falls back to the rule report', async () => {
    const model = new UnreachableModel();
    const rules = loadPlainLanguageRules(path.join(REPO_ROOT, 'rules'));
    const result = await simplifyText({ ...context(model), rules }, { text: TEXT.slice(0, 2000), level: 'einfach' });
    expect(result).toMatchObject({ mode: 'rules', text: null, fallback: { reason: 'backend-down' } });
    expect(result.before.rules.length).toBeGreaterThan(3);
  });
});

describe('draft templates', () => {
  it('fail the start with every problem listed', () => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'llmoin-drafts-'));
    try {
      for (const name of fs.readdirSync(path.join(REPO_ROOT, 'prompts', 'drafts'))) fs.copyFileSync(path.join(REPO_ROOT, 'prompts', 'drafts', name), path.join(directory, name));
      fs.appendFileSync(path.join(directory, 'vermerk.md'), '\n{{unbekannt}}\n');
      fs.rmSync(path.join(directory, 'email.md'));
      expect(() => loadDraftTemplates(directory)).toThrow(DraftTemplateError);
      try {
        loadDraftTemplates(directory);
      } catch (error) {
        expect((error as DraftTemplateError).problems).toEqual(expect.arrayContaining([
          'vermerk.md: unknown placeholder {{unbekannt}}', expect.stringMatching(/no template for document type "email"/),
        ]));
      }
    } finally {
      fs.rmSync(directory, { recursive: true, force: true });
    }
  });
});
