import { computeDeadline } from './compute-deadline';
import { composeRechtsbehelfsbelehrung } from './rechtsbehelfsbelehrung';

describe('composeRechtsbehelfsbelehrung', () => {
  // Posted Mon 3 Mar 2025 → Bekanntgabe Fri 7 Mar → Widerspruchsfrist ends Mon 7 Apr 2025.
  const widerspruch = computeDeadline({ event: '2025-03-03', eventType: 'posted', remedy: 'widerspruch', land: 'HH' });

  it('names the Widerspruch, the authority with its address, the month and the computed end', () => {
    const text = composeRechtsbehelfsbelehrung({
      remedy: 'widerspruch', deadline: widerspruch, authority: { name: 'Bezirksamt Altona', address: 'Platz der Republik 1, 22765 Hamburg' },
    });
    expect(text.startsWith('Rechtsbehelfsbelehrung\n\n')).toBe(true);
    expect(text).toContain('innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden');
    expect(text).toContain('bei Bezirksamt Altona, Platz der Republik 1, 22765 Hamburg, zu erheben');
    expect(text).toContain('gilt dieser Bescheid am Freitag, 7. März 2025 als bekannt gegeben');
    expect(text).toContain('endet die Widerspruchsfrist mit Ablauf des 7. April 2025 (Montag)');
    expect(text).not.toContain('[');
  });

  it('uses placeholders when authority or court are not given', () => {
    expect(composeRechtsbehelfsbelehrung({ remedy: 'widerspruch', deadline: widerspruch, authority: { name: '  ' } }))
      .toContain('bei [Name der Behörde], [Anschrift der Behörde], zu erheben');
    const klage = computeDeadline({ event: '2025-05-31', eventType: 'delivered', remedy: 'klage' });
    const text = composeRechtsbehelfsbelehrung({ remedy: 'klage', deadline: klage });
    expect(text).toContain('Klage bei dem Verwaltungsgericht [Ort], [Anschrift des Verwaltungsgerichts], erhoben werden');
    expect(text).toContain('Niederschrift des Urkundsbeamten der Geschäftsstelle');
    // Zustellung Sat 31 May 2025: June has no 31st → Mon 30 Jun 2025.
    expect(text).toContain('Wird dieser Bescheid am Samstag, 31. Mai 2025 bekannt gegeben, endet die Klagefrist mit Ablauf des 30. Juni 2025 (Montag).');
  });

  it('names the court when given', () => {
    const klage = computeDeadline({ event: '2025-05-02', eventType: 'sent_electronically', remedy: 'klage' });
    const text = composeRechtsbehelfsbelehrung({
      remedy: 'klage', deadline: klage, court: { name: 'Verwaltungsgericht Hamburg', address: 'Lübeckertordamm 4, 20099 Hamburg' },
    });
    expect(text).toContain('Klage bei dem Verwaltungsgericht Hamburg, Lübeckertordamm 4, 20099 Hamburg, erhoben werden');
    // Sent Fri 2 May 2025 → Tue 6 May → Fri 6 Jun 2025.
    expect(text).toContain('Bei elektronischer Übermittlung am Freitag, 2. Mai 2025 gilt dieser Bescheid am Dienstag, 6. Mai 2025');
    expect(text).toContain('mit Ablauf des 6. Juni 2025 (Freitag)');
  });

  it('refuses a deadline that is not the one-month remedy period', () => {
    const year = computeDeadline({ event: '2025-03-03', eventType: 'posted', remedy: 'widerspruch', remedyNotice: 'missing' });
    expect(() => composeRechtsbehelfsbelehrung({ remedy: 'widerspruch', deadline: year })).toThrow(/one-month/);
  });
});
