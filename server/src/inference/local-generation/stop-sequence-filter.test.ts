import { StopSequenceFilter } from './stop-sequence-filter';

describe('StopSequenceFilter', () => {
  it('passes text through when there are no stop sequences', () => {
    const filter = new StopSequenceFilter([]);
    expect(filter.push('Guten ')).toEqual({ text: 'Guten ', stopped: false });
    expect(filter.push('Tag')).toEqual({ text: 'Tag', stopped: false });
    expect(filter.flush()).toBe('');
  });

  it('holds back a possible prefix and cuts at a stop sequence split across deltas', () => {
    const filter = new StopSequenceFilter(['\n\nFrage:']);
    expect(filter.push('Antwort.\n')).toEqual({ text: 'Antwort.', stopped: false });
    expect(filter.push('\nFra')).toEqual({ text: '', stopped: false });
    expect(filter.push('ge: weiter')).toEqual({ text: '', stopped: true });
    expect(filter.push('mehr')).toEqual({ text: '', stopped: true });
    expect(filter.flush()).toBe('');
  });

  it('releases held text that turned out not to be a stop sequence', () => {
    const filter = new StopSequenceFilter(['ENDE']);
    expect(filter.push('Das E')).toEqual({ text: 'Das ', stopped: false });
    expect(filter.push('nde naht')).toEqual({ text: 'Ende naht', stopped: false });
    expect(filter.push(' EN')).toEqual({ text: ' ', stopped: false });
    expect(filter.flush()).toBe('EN');
  });

  it('stops at the earliest of several sequences', () => {
    const filter = new StopSequenceFilter(['B', 'A']);
    expect(filter.push('xxAyyB')).toEqual({ text: 'xx', stopped: true });
  });
});
