import { excerptAround } from './excerpt';

describe('excerptAround', () => {
  // Document text "AAAA…" (page 1, 0–1000) + "Seite zwei: Die Frist beträgt einen Monat. Ende." (page 2, 1000–1049).
  const page2 = 'Seite zwei: Die Frist beträgt einen Monat. Ende.';
  const pages = [{ number: 1, start: 0, end: 1000, text: 'A'.repeat(1000) }, { number: 2, start: 1000, end: 1000 + page2.length, text: page2 }];

  it('marks exactly the quoted span on the page that holds it', () => {
    const start = 1000 + page2.indexOf('Die Frist');
    const end = start + 'Die Frist beträgt einen Monat.'.length;
    expect(excerptAround({ pages }, start, end)).toEqual({
      page: 2, before: 'Seite zwei: ', marked: 'Die Frist beträgt einen Monat.', after: ' Ende.', clippedStart: false, clippedEnd: false,
    });
  });

  it('cuts long pages to 600 characters of context and says so', () => {
    const excerpt = excerptAround({ pages }, 700, 710);
    expect(excerpt).toMatchObject({ page: 1, marked: 'A'.repeat(10), clippedStart: true, clippedEnd: false });
    expect(excerpt?.before).toHaveLength(600);
    expect(excerpt?.after).toHaveLength(290);
  });

  it('ends the mark at the page end and finds nothing outside the pages', () => {
    expect(excerptAround({ pages }, 990, 1010)?.marked).toBe('A'.repeat(10));
    expect(excerptAround({ pages }, 5000, 5010)).toBeNull();
  });
});
