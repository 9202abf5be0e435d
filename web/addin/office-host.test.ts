import { textToHtml } from './office-host';

describe('textToHtml (reply body for Outlook)', () => {
  it('escapes markup and keeps paragraphs and line breaks', () => {
    expect(textToHtml('Guten Tag <Frau> "Muster" & Co.,\nanbei.\n\nMit freundlichen Grüßen'))
      .toBe('<p>Guten Tag &#60;Frau&#62; &#34;Muster&#34; &#38; Co.,<br>anbei.</p><p>Mit freundlichen Grüßen</p>');
  });
});
