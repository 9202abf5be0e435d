import fs from 'node:fs';
import path from 'node:path';
import { requireSharedData } from '../../../test/shared-data';
import { extractDocument } from './extract-document';

describe('PDF extraction in a worker thread', () => {
  it('leaves the calling thread\'s globals untouched and keeps its event loop free', async () => {
    const file = path.join(requireSharedData('pdf'), 'vbrinsvv_hinweisblatt.pdf');
    const nativePush = Array.prototype.push;
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 5);
    const document = await extractDocument({ bytes: fs.readFileSync(file), fileName: 'hinweisblatt.pdf' });
    clearInterval(timer);
    expect(document.pages).toHaveLength(12);
    expect(Array.prototype.push).toBe(nativePush);
    expect(Function.prototype.toString.call(Array.prototype.push)).toContain('[native code]');
    // The 12-page PDF takes a good part of a second; the event loop kept ticking meanwhile.
    expect(ticks).toBeGreaterThan(5);
  });
});
