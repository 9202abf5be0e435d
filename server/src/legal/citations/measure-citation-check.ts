/**
 * Measures checkLegalCitations on the whole shared law corpus (209 laws):
 *   npm run build && node dist/legal/citations/measure-citation-check.js [database folder]
 * The laws are ingested into the folder first (a re-run reuses it). Prints JSON with the first
 * (cold) check and percentiles of warm checks of a 5,000-character text with 20 references.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sharedDataDir } from '../../eval/paths';
import { DocumentLibrary, DocumentStore } from '../../ingest';
import { openDatabase } from '../../platform/db';
import { createGermanAnalyzer, LexicalIndex } from '../../retrieval';
import { checkLegalCitations } from './check-legal-citations';

const PARAGRAPHS = [
  'Bescheid über die Erteilung einer Sondernutzungserlaubnis – Begründung',
  'I. Sachverhalt. Die Antragstellerin beantragte am 3. März die Erlaubnis, vor ihrem Geschäft Tische und Stühle aufzustellen. Der Antrag wurde von Amts wegen geprüft; mit Schreiben vom 12. April wurde die Antragstellerin nach § 28 Abs. 1 VwVfG angehört. Sie hat sich innerhalb der gesetzten Frist nicht geäußert. Die Behörde ist nach § 3 Abs. 1 Nr. 1 VwVfG örtlich zuständig, weil sich das Grundstück im Stadtgebiet befindet. Die Bauaufsicht hat mitgeteilt, dass das Vorhaben den Festsetzungen des Bebauungsplans entspricht, die auf § 9 Abs. 1 Nr. 1 BauGB beruhen.',
  'II. Rechtliche Würdigung. Der Bescheid ist ein Verwaltungsakt im Sinne des § 35 Satz 1 VwVfG. Er ist inhaltlich hinreichend bestimmt (§ 37 Abs. 1 VwVfG) und schriftlich begründet (§ 39 Abs. 1 Satz 1 VwVfG). Die Behörde hat ihr Ermessen entsprechend dem Zweck der Ermächtigung ausgeübt und die gesetzlichen Grenzen des Ermessens eingehalten (§ 40 VwVfG). Die Erlaubnis wird mit der Bekanntgabe wirksam. Ein schriftlicher Verwaltungsakt, der im Inland durch die Post übermittelt wird, gilt am dritten Tag nach der Aufgabe zur Post als bekannt gegeben (§ 41 Abs. 2 Satz 1 VwVfG). Für die Berechnung von Fristen gelten die §§ 187 bis 193 BGB entsprechend. Fällt das Ende einer Frist auf einen Sonntag, einen gesetzlichen Feiertag oder einen Sonnabend, so endet die Frist mit dem Ablauf des nächstfolgenden Werktags (§ 31 Abs. 3 Satz 1 VwVfG).',
  'Soweit Sozialleistungen betroffen sind, richtet sich die Begründung nach § 35 Abs. 1 SGB X. Die Rücknahme eines rechtswidrigen begünstigenden Verwaltungsaktes ist nach § 48 Abs. 1 Satz 1 VwVfG möglich, der Widerruf eines rechtmäßigen Verwaltungsaktes richtet sich nach § 49 Abs. 2 VwVfG. Der Gleichbehandlungsgrundsatz aus Art. 3 Abs. 1 GG ist gewahrt, weil vergleichbare Fälle in gleicher Weise entschieden wurden; gegen die Entscheidung steht der Rechtsweg offen (Art. 19 Abs. 4 Satz 1 GG).',
  'III. Rechtsbehelfsbelehrung. Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist schriftlich, in elektronischer Form oder zur Niederschrift bei der Behörde einzulegen, die den Verwaltungsakt erlassen hat (§ 70 Abs. 1 Satz 1 VwGO). Die Anfechtungsklage muss innerhalb eines Monats nach Zustellung des Widerspruchsbescheids erhoben werden (§ 74 Abs. 1 Satz 1 VwGO). Die aufschiebende Wirkung des Widerspruchs ergibt sich aus § 80 Abs. 1 Satz 1 VwGO; die sofortige Vollziehung kann nach § 80 Abs. 2 Satz 1 Nr. 4 VwGO angeordnet werden.',
  'IV. Hinweise. Die Erlaubnis kann mit Nebenbestimmungen versehen werden, etwa mit einer Befristung, einer Bedingung oder einem Vorbehalt des Widerrufs. Die Tische und Stühle sind so aufzustellen, dass ein Gehweg von mindestens einem Meter fünfzig Breite frei bleibt und Rettungswege nicht verstellt werden. Nach Ende der Öffnungszeiten sind die Möbel von der Verkehrsfläche zu entfernen oder so zu sichern, dass sie nicht benutzt werden können. Die Sondernutzungsgebühr wird mit gesondertem Bescheid festgesetzt; sie richtet sich nach der in Anspruch genommenen Fläche und der Dauer der Nutzung. Anfragen richten Sie bitte an das Bürgeramt, Telefon 0421 361-0, Zimmer 12. Die Akte wird unter dem Geschäftszeichen 61-3/2024 geführt. Eine elektronische Kommunikation ist möglich, soweit Sie hierfür einen Zugang eröffnen; bitte geben Sie dabei stets das Geschäftszeichen an.',
  'V. Ermessenserwägungen. Bei der Entscheidung wurden die Belange des Fußgängerverkehrs, der Barrierefreiheit und der Anwohnerschaft gegen das wirtschaftliche Interesse der Antragstellerin abgewogen. Die verbleibende Gehwegbreite genügt auch für Personen mit Kinderwagen, Rollstuhl oder Rollator. Beschwerden über Lärm sind in den vergangenen Jahren nicht eingegangen; die Nachtruhe ist durch die Begrenzung der Nutzungszeit auf 22 Uhr gesichert. Eine Beeinträchtigung des Stadtbildes ist nicht zu erwarten, weil die Möblierung dem Gestaltungsleitfaden der Innenstadt entspricht. Andere Bewerberinnen und Bewerber um dieselbe Fläche gibt es nicht. Die Erlaubnis wird daher für die beantragte Dauer erteilt; eine Verlängerung ist auf Antrag möglich, wenn sich die Verhältnisse nicht wesentlich geändert haben.',
  'Im Übrigen wird auf das beiliegende Merkblatt verwiesen, das die wesentlichen Regelungen in einfacher Sprache erläutert. Das Merkblatt beschreibt auch, welche Unterlagen bei einer Verlängerung der Erlaubnis vorzulegen sind, wie Änderungen der Möblierung anzuzeigen sind und an wen Sie sich bei Beschwerden von Anwohnerinnen und Anwohnern wenden können. Mit freundlichen Grüßen, im Auftrag, die Sachbearbeitung des Amtes für Straßen und Verkehr der Stadt Musterhaven, die montags bis freitags telefonisch erreichbar ist und Termine auch online vergibt. Dieser Bescheid wurde maschinell erstellt und ist ohne Unterschrift gültig; eine Ausfertigung geht nachrichtlich an das Ordnungsamt und an die Straßenverkehrsbehörde. Bitte bewahren Sie diesen Bescheid sorgfältig auf.',
];

export const SAMPLE_TEXT = PARAGRAPHS.join('\n\n');

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? Number.NaN;
}

async function main(): Promise<void> {
  const folder = process.argv[2] ?? fs.mkdtempSync(path.join(os.tmpdir(), 'llmoin-citations-'));
  const lawDir = path.join(sharedDataDir(), 'gesetze');
  const files = fs.readdirSync(lawDir).filter((file) => file.endsWith('.md') && file !== 'MANIFEST.md').map((file) => path.join(lawDir, file));
  const database = openDatabase({ file: path.join(folder, 'llmoin.db') });
  const library = new DocumentLibrary({
    store: new DocumentStore(database), lexicalIndex: new LexicalIndex(database, createGermanAnalyzer()),
    chunking: { chunkSize: 1200, chunkOverlap: 150 }, maxPdfPages: 500,
  });
  const ingest = await library.ingestPaths(files, { collection: 'gesetze' });

  const time = () => {
    const started = process.hrtime.bigint();
    const report = checkLegalCitations({ database }, SAMPLE_TEXT, { visibleTo: null });
    return { report, ms: Number(process.hrtime.bigint() - started) / 1e6 };
  };
  const cold = time();
  const warm: number[] = [];
  for (let run = 0; run < 200; run++) warm.push(time().ms);
  warm.sort((a, b) => a - b);
  console.log(JSON.stringify({
    laws: files.length, ingested: ingest.ingested, unchanged: ingest.unchanged, characters: SAMPLE_TEXT.length,
    summary: cold.report.summary, coldMs: Number(cold.ms.toFixed(2)),
    warmMs: { p50: Number(percentile(warm, 0.5).toFixed(2)), p95: Number(percentile(warm, 0.95).toFixed(2)) },
  }, null, 2));
  database.close();
}

if (require.main === module) void main();
