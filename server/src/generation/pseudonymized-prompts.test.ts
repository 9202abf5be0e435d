import path from 'node:path';
import { EchoModel } from '../../test/echo-model';
import { REPO_ROOT } from '../../test/test-service';
import { createPrivacyGuard, DEFAULT_PSEUDONYMIZATION_SETTINGS } from '../privacy';
import { loadPromptLibrary } from './prompts';
import { summarizeText } from './summarize-text';

const LETTER = 'Sehr geehrte Frau Dr. Yılmaz, Ihre Zahlung an IBAN DE89 3704 0044 0532 0130 00 ist eingegangen. '
  + 'Bei Fragen erreichen Sie uns unter 040 42828-1234 oder buergerservice@musterhaven.de. Ihre Steuer-ID 86095742719 bleibt gespeichert.';
const PERSONAL = ['Yılmaz', 'DE89 3704 0044 0532 0130 00', '040 42828-1234', 'buergerservice@musterhaven.de', '86095742719'];

describe('personal data and the model', () => {
  const prompts = loadPromptLibrary(path.join(REPO_ROOT, 'prompts'));

  it('never reaches the model, and comes back restored in the streamed answer', async () => {
    const model = new EchoModel();
    const deltas: string[] = [];
    const result = await summarizeText(
      { prompts, generation: model, maxTokens: 256, maxPromptChars: 32_000, privacy: createPrivacyGuard(DEFAULT_PSEUDONYMIZATION_SETTINGS) },
      { text: LETTER, length: { preset: 'kurz' }, style: 'fliesstext', audience: 'fachpublikum' },
      { maxWindows: 4, events: { onDelta: (text) => deltas.push(text) } },
    );
    const sent = model.requests.flatMap((request) => request.messages.map((message) => message.content)).join('\n');
    for (const value of PERSONAL) expect(sent).not.toContain(value);
    expect(sent).toMatch(/\[PERSON_1\]/);
    expect(sent).toMatch(/\[IBAN_1\]/);
    // The echo returns the pseudonymised prompt; the user sees the original values again.
    for (const value of PERSONAL) expect(result.summary).toContain(value);
    expect(deltas.join('').trim()).toBe(result.summary);
  });

  it('passes text unchanged when the deployment switches pseudonymisation off', async () => {
    const model = new EchoModel();
    await summarizeText(
      { prompts, generation: model, maxTokens: 256, maxPromptChars: 32_000, privacy: createPrivacyGuard({ ...DEFAULT_PSEUDONYMIZATION_SETTINGS, enabled: false }) },
      { text: LETTER, length: { preset: 'kurz' }, style: 'fliesstext', audience: 'fachpublikum' },
      { maxWindows: 4 },
    );
    expect(model.requests[0]?.messages.map((message) => message.content).join('\n')).toContain('DE89 3704 0044 0532 0130 00');
  });
});
