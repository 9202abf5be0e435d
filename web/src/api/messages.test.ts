import { ApiError } from './client';
import { describeError, describeFallback, describeMode, describeRejection } from './messages';

describe('German messages', () => {
  it('labels every mode, naming the model only when one wrote the text', () => {
    expect(describeMode({ mode: 'generative', model: 'test-generator' })).toBe('generativ — Modell test-generator');
    expect(describeMode({ mode: 'extractive', model: null })).toBe('extraktiv — kein Sprachmodell verfügbar');
    expect(describeMode({ mode: 'template', model: null })).toBe('Vorlage — kein Sprachmodell verfügbar');
    expect(describeMode({ mode: 'rules', model: null })).toBe('Regelprüfung — kein Sprachmodell verfügbar');
  });

  it('explains fallback reasons and rejections, keeping unknown codes visible', () => {
    expect(describeFallback('overloaded')).toBe('Das Sprachmodell ist gerade ausgelastet.');
    expect(describeFallback('backend-down')).toBe('Der Modelldienst ist nicht erreichbar.');
    expect(describeFallback('quota')).toBe('Sonstiger Grund (quota).');
    expect(describeRejection('garbled_text')).toMatch(/^Der Text der Datei ist nicht lesbar/);
    expect(describeRejection('virus')).toBe('Die Datei konnte nicht verarbeitet werden (virus).');
  });

  it.each([
    [0, {}, null, /^Der Dienst ist nicht erreichbar/],
    [400, { errors: [{ path: 'question', message: 'too long' }, { path: 'filter.laws', message: 'x' }] }, null, /^Eingabe prüfen: .* Betroffen: Frage, filter\.laws\.$/],
    [401, {}, null, /^Anmeldung erforderlich/],
    [403, {}, null, /^Keine Berechtigung/],
    [404, {}, null, /^Nicht gefunden/],
    [413, {}, null, /^Zu groß/],
    [415, {}, null, /^Dateiformat nicht unterstützt/],
    [422, { reason: 'no_text_layer' }, null, /^Das Dokument kann nicht verarbeitet werden: Die PDF-Datei hat keine Textebene/],
    [429, {}, 7, /^Das Sprachmodell ist ausgelastet\. Bitte versuchen Sie es in 7 Sekunden erneut\.$/],
    [503, { reason: 'circuit-open' }, null, /^Der Dienst ist vorübergehend nicht verfügbar\. Der Modelldienst ist nach wiederholten Fehlern vorübergehend gesperrt\./],
    [500, { requestId: 'abc-123' }, null, /Anfrage-ID abc-123/],
  ])('maps HTTP %i to a German message', (status, problem, retryAfter, expected) => {
    expect(describeError(new ApiError(status, problem, retryAfter)).message).toMatch(expected);
  });

  it('keeps the technical detail apart from the message', () => {
    expect(describeError(new ApiError(400, { detail: 'Request body is invalid: question: must not be empty' }))).toEqual({
      message: 'Eingabe prüfen: Die Anfrage ist unvollständig oder ungültig.', detail: 'Request body is invalid: question: must not be empty',
    });
  });
});
