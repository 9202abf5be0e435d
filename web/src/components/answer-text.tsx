import type { ResearchCitation } from '../api/types';

const MARKER = /\[(\d{1,3})\]/g;

/** Answer text whose [n] markers are buttons that open the cited passage. */
export function AnswerText({ text, citations, onOpen }: { text: string; citations: ResearchCitation[]; onOpen: (citation: ResearchCitation, opener: HTMLElement) => void }) {
  const byMarker = new Map(citations.map((citation) => [citation.marker, citation]));
  return (
    <div class="answer">
      {text.split(/\n{2,}/).map((paragraph, paragraphIndex) => {
        const parts: Array<string | ResearchCitation> = [];
        let last = 0;
        for (const match of paragraph.matchAll(MARKER)) {
          const citation = byMarker.get(Number(match[1]));
          if (!citation) continue;
          parts.push(paragraph.slice(last, match.index), citation);
          last = (match.index ?? 0) + match[0].length;
        }
        parts.push(paragraph.slice(last));
        return (
          <p key={paragraphIndex}>
            {parts.map((part, index) => typeof part === 'string' ? part : (
              <button key={index} type="button" class="marker" aria-label={`[${part.marker}] Fundstelle anzeigen: ${part.passage.title}`}
                onClick={(event) => onOpen(part, event.currentTarget)}>[{part.marker}]</button>
            ))}
          </p>
        );
      })}
    </div>
  );
}
