import { foldWord, mapUmlautDigraphs } from './german-fold';

/**
 * Articles, pronouns, forms of sein/haben/werden, conjunctions and the most frequent spatial
 * prepositions. Deliberately absent because they change the legal meaning of a sentence:
 * negations (nicht, kein*, ohne), limits and deadlines (nur, nach, vor, bis, ab, binnen, innerhalb,
 * außer, unter, über, gegen, mindestens, höchstens, spätestens, seit, während) and modal verbs
 * (kann, muss, soll, darf — "kann" marks discretion, "muss" an obligation). "würde" is missing on
 * purpose: it is also the noun "Würde" (Art. 1 GG). Interrogatives (wo, worauf, wann, …) carry no
 * topic; they only add noise to question queries (measured in eval/RESULTS.md).
 */
const STOP_WORDS_SOURCE = `
der die das den dem des ein eine einen einem einer eines
und oder sowie als wie dass daß ob auch so zwar aber sondern denn doch
ich du er sie es wir ihr man mich mir dich dir ihn ihm ihnen uns euch sich
mein meine meinen meinem meiner meines dein deine deinen deinem deiner deines
sein seine seinen seinem seiner seines ihre ihren ihrem ihrer ihres
unser unsere unseren unserem unserer unseres euer eure euren eurem eurer eures
dieser diese dieses diesem diesen jener jene jenes jenem jenen
welcher welche welches welchem welchen dessen deren derer denen wer was
ist sind war waren bin bist seid sei seien wäre wären gewesen
hat haben hatte hatten habe hast habt hätte hätten gehabt
wird werden wurde wurden worden würden wirst werdet geworden
an am auf aus bei beim durch für im in ins mit von vom zu zum zur um
da dann dort hier hierzu dabei dazu damit daher darauf darin davon
wo woran worauf woraus wobei wodurch wofür wogegen woher wohin womit wonach worin worüber worum
wovon wovor wozu wen wem wessen wann warum weshalb weswegen wieso
`;

/** Normalised stop words (folded and digraph-mapped, i.e. comparable with analyzer surfaces). */
export const GERMAN_STOP_WORDS: ReadonlySet<string> = new Set(
  STOP_WORDS_SOURCE.split(/\s+/).filter((w) => w.length > 0).map((w) => mapUmlautDigraphs(foldWord(w))),
);
