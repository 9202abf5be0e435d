const TRANSLITERATION: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss', ẞ: 'SS' };

/** "Bescheid Müller/Groß" → "Bescheid-Mueller-Gross": safe in every browser, file system and mail client. */
export function asciiFileName(title: string): string {
  const ascii = title
    .replace(/[äöüÄÖÜßẞ]/g, (character) => TRANSLITERATION[character] ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 80)
    .replace(/[-.]+$/g, '');
  return ascii === '' ? 'dokument' : ascii;
}

/** RFC 5987 value: percent-encode everything outside attr-char. */
function encodeExtendedValue(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * `attachment; filename="<ascii>.docx"; filename*=UTF-8''<title>.docx` — the ASCII name for old
 * clients, the German title (umlauts intact) for everyone who reads RFC 6266.
 */
export function attachmentDisposition(title: string, extension: string): string {
  const unicodeName = title.replace(/[\\/:*?"<>|\p{Cc}]+/gu, '-').trim().slice(0, 120) || 'dokument';
  return `attachment; filename="${asciiFileName(title)}.${extension}"; filename*=UTF-8''${encodeExtendedValue(`${unicodeName}.${extension}`)}`;
}
