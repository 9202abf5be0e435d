/** Simple `key: value` YAML front matter, as used by the law Markdown files (`jurabk: VwVfG`). */
export interface FrontMatter {
  fields: Record<string, string>;
  /** Offset where the body starts (0 when there is no front matter). */
  bodyStart: number;
}

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

export function readFrontMatter(text: string): FrontMatter {
  const match = FRONT_MATTER.exec(text);
  if (!match?.[1]) return { fields: {}, bodyStart: 0 };
  const fields: Record<string, string> = {};
  for (const line of match[1].split('\n')) {
    const pair = /^([A-Za-z_][\w-]*):[ \t]*(.*)$/.exec(line);
    if (pair?.[1] && pair[2] !== undefined) fields[pair[1].toLowerCase()] = pair[2].trim().replace(/^["']|["']$/g, '');
  }
  return { fields, bodyStart: match[0].length };
}

/** `Verwaltungsverfahrensgesetz (VwVfG)` → `VwVfG`. */
export function abbreviationFromTitle(title: string): string | null {
  const match = /\(([A-ZÄÖÜ][A-Za-zÄÖÜäöüß0-9 .-]{1,24})\)\s*$/.exec(title);
  return match?.[1]?.trim() ?? null;
}
