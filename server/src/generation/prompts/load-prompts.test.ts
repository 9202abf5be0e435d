import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../../../test/test-service';
import { loadPromptLibrary, PromptValidationError } from './load-prompts';
import { PromptRenderError, renderPrompt } from './prompt-template';

const VALID = `---
id: greeting
version: 2
task: chat
variables:
  name:
    type: string
    maxLength: 20
---
## system
Sei freundlich.

## user
Begrüße {{ name }}.
`;

describe('prompt library', () => {
  let directory: string;
  beforeEach(() => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'llmoin-prompts-'));
  });
  afterEach(() => fs.rmSync(directory, { recursive: true, force: true }));
  const write = (name: string, text: string) => fs.writeFileSync(path.join(directory, name), text);
  const problemsOf = (required: string[] = []) => {
    try {
      loadPromptLibrary(directory, required);
      return [];
    } catch (error) {
      if (error instanceof PromptValidationError) return error.problems;
      throw error;
    }
  };

  it('loads the committed prompts folder', () => {
    const library = loadPromptLibrary(path.join(REPO_ROOT, 'prompts'), ['research-answer']);
    expect(library.get('research-answer')).toMatchObject({ version: 1, task: 'research' });
  });

  it('renders declared variables and refuses unknown, missing and oversized ones', () => {
    write('greeting.md', VALID);
    const template = loadPromptLibrary(directory).get('greeting');
    expect(renderPrompt(template, { name: 'Frau Muster' })).toEqual([
      { role: 'system', content: 'Sei freundlich.' },
      { role: 'user', content: 'Begrüße Frau Muster.' },
    ]);
    expect(() => renderPrompt(template, {})).toThrow(PromptRenderError);
    expect(() => renderPrompt(template, { name: 'x', extra: 'y' })).toThrow(/unknown variable "extra"/);
    expect(() => renderPrompt(template, { name: 'x'.repeat(21) })).toThrow(/longer than 20/);
  });

  it('lists every problem of every file at once', () => {
    write('a.md', VALID.replace('Begrüße {{ name }}.', 'Begrüße {{ name }} und {{ ort }}.'));
    write('b.md', VALID.replace('## user\nBegrüße {{ name }}.', '## user\nHallo.'));
    write('c.md', 'no front matter');
    write('d.md', VALID.replace('version: 2', 'version: zwei'));
    write('e.md', VALID.replace('id: greeting', 'id: other').replace('## system', '## sistem'));
    const problems = problemsOf(['research-answer']);
    expect(problems).toEqual(expect.arrayContaining([
      'a.md: placeholder {{ort}} is not declared',
      'b.md: variable "name" is declared but never used',
      'c.md: missing front matter (--- … ---)',
      expect.stringMatching(/^d\.md: version: /),
      'e.md: missing "## system" section',
      expect.stringMatching(/required prompt "research-answer" is missing/),
    ]));
  });

  it('renders a choice variable as the text of the chosen key and refuses other keys', () => {
    write('tone.md', VALID.replace('    maxLength: 20\n', '    maxLength: 20\n  tone:\n    type: choice\n    choices:\n      kurz: Antworte knapp.\n      lang: Antworte ausführlich.\n')
      .replace('Sei freundlich.', 'Sei freundlich. {{tone}}'));
    const template = loadPromptLibrary(directory).get('greeting');
    expect(renderPrompt(template, { name: 'Ali', tone: 'lang' })[0]).toEqual({ role: 'system', content: 'Sei freundlich. Antworte ausführlich.' });
    expect(() => renderPrompt(template, { name: 'Ali', tone: 'mittel' })).toThrow(/must be one of kurz, lang/);
    expect(() => renderPrompt(template, { name: 'Ali', tone: 'toString' })).toThrow(PromptRenderError);
  });

  it('refuses a choice variable without choices, and choices on a string variable', () => {
    write('a.md', VALID.replace('    type: string\n    maxLength: 20', '    type: choice'));
    write('b.md', VALID.replace('id: greeting', 'id: other').replace('    maxLength: 20', '    maxLength: 20\n    choices:\n      a: b'));
    const problems = problemsOf();
    expect(problems).toHaveLength(2);
    expect(problems.every((problem) => problem.includes('a choice variable needs a non-empty "choices" map'))).toBe(true);
  });

  it('loads every prompt the service requires from the committed folder', () => {
    const library = loadPromptLibrary(path.join(REPO_ROOT, 'prompts'), ['research-answer', 'summarize', 'summarize-map', 'summarize-reduce', 'draft-document', 'simplify', 'chat']);
    expect(library.list().map((template) => template.id).sort()).toEqual(['chat', 'draft-document', 'research-answer', 'simplify', 'summarize', 'summarize-map', 'summarize-reduce']);
  });

  it('refuses duplicate ids', () => {
    write('a.md', VALID);
    write('b.md', VALID);
    expect(problemsOf()).toEqual(['b.md: duplicate prompt id "greeting"']);
  });
});
