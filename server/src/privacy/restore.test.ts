import fc from 'fast-check';
import { createStreamingRestorer, pseudonymize, restore } from './index';

const ORIGINAL = 'Herrn Max Mustermann, Steuer-ID 86 095 742 719, Tel. 040 123456-78, max@example.de';

describe('restore', () => {
  const { text, mapping } = pseudonymize(ORIGINAL);

  it('puts every value back', () => {
    expect(text).toBe('Herrn [PERSON_1], Steuer-ID [STEUER_ID_1], Tel. [TELEFON_1], [EMAIL_1]');
    expect(restore(text, mapping)).toBe(ORIGINAL);
  });

  it('accepts what models make of placeholders: other case, a space instead of the underscore', () => {
    expect(restore('Sehr geehrter Herr [Person_1], wir rufen Sie unter [TELEFON 1] an; [steuer_id_1].', mapping))
      .toBe('Sehr geehrter Herr Max Mustermann, wir rufen Sie unter 040 123456-78 an; 86 095 742 719.');
  });

  it('leaves unknown placeholders and ordinary brackets alone', () => {
    expect(restore('[PERSON_7] und [1] und [Anlage 2] und [EMAIL_1]', mapping)).toBe('[PERSON_7] und [1] und [Anlage 2] und max@example.de');
  });
});

describe('createStreamingRestorer', () => {
  const { text, mapping } = pseudonymize(ORIGINAL);

  it('never emits half a placeholder, and restores one split over several deltas', () => {
    const restorer = createStreamingRestorer(mapping);
    expect(restorer.push('Herrn [PER')).toBe('Herrn ');
    expect(restorer.push('SON')).toBe('');
    expect(restorer.push('_1], bitte')).toBe('Max Mustermann, bitte');
    expect(restorer.push(' [EMAIL_')).toBe(' ');
    expect(restorer.flush()).toBe('[EMAIL_');
  });

  it('passes text through at once when it cannot become a placeholder', () => {
    const restorer = createStreamingRestorer(mapping);
    expect(restorer.push('Siehe [Anlage')).toBe('Siehe [Anlage');
    expect(restorer.push(' [1')).toBe(' [1');
    expect(restorer.push(' [PERSON_1x')).toBe(' [PERSON_1x');
    expect(restorer.flush()).toBe('');
  });

  it('holds nothing back when the request had no personal data', () => {
    const restorer = createStreamingRestorer(pseudonymize('Keine Daten').mapping);
    expect(restorer.push('Text mit [PERSON')).toBe('Text mit [PERSON');
  });

  it('gives the same result as restore for any split of the answer (property)', () => {
    const answer = `Antwort: ${text}\n[PERSON_1] bleibt [PERSON_1]; [unbekannt] [TELEFON_9] [Person 1]`;
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: answer.length }), { maxLength: 30 }), (cuts) => {
      const positions = [...new Set([0, ...cuts, answer.length])].sort((a, b) => a - b);
      const restorer = createStreamingRestorer(mapping);
      let streamed = '';
      for (let index = 1; index < positions.length; index += 1) {
        streamed += restorer.push(answer.slice(positions[index - 1], positions[index]));
      }
      streamed += restorer.flush();
      expect(streamed).toBe(restore(answer, mapping));
    }), { numRuns: 500 });
  });
});
