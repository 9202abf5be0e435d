import type { PlainLanguageReport } from '../api/types';
import { formatNumber } from './format';

const percent = (rate: number) => `${formatNumber(rate * 100, 0)} %`;

/** The plain-language rule report of one text: readability figures and every rule with examples. */
export function RuleReport({ report, id, title }: { report: PlainLanguageReport; id: string; title: string }) {
  const failed = report.rules.filter((rule) => !rule.passed);
  return (
    <section class="rule-report" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <p>{report.rulesName}: {report.passedRules} von {report.rules.length} Regeln erfüllt ({report.sentences} Sätze, {report.words} Wörter).</p>
      <dl class="facts">
        <dt>LIX</dt><dd>{formatNumber(report.readability.lix)}</dd>
        <dt>Flesch-Amstad</dt><dd>{formatNumber(report.readability.fleschAmstad)}</dd>
        <dt>Wiener Sachtextformel</dt><dd>{formatNumber(report.readability.wienerSachtextformel)}</dd>
        <dt>Wörter je Satz</dt><dd>{formatNumber(report.readability.averageSentenceLength)}</dd>
      </dl>
      <table>
        <caption class="visually-hidden">Regeln für {report.rulesName}</caption>
        <thead><tr><th scope="col">Regel</th><th scope="col">Ergebnis</th><th scope="col">Verstöße</th><th scope="col">Anteil (erlaubt)</th></tr></thead>
        <tbody>
          {report.rules.map((rule) => (
            <tr key={rule.id} class={rule.passed ? 'passed' : 'failed'}>
              <th scope="row">{rule.name}</th>
              <td>{rule.passed ? 'erfüllt' : 'nicht erfüllt'}</td>
              <td>{rule.violations}</td>
              <td>{percent(rule.rate)} ({percent(rule.maxRate)})</td>
            </tr>
          ))}
        </tbody>
      </table>
      {failed.some((rule) => rule.examples.length) ? (
        <details>
          <summary>Beispiele für Verstöße</summary>
          <ul class="examples">
            {failed.flatMap((rule) => rule.examples.map((example, index) => (
              <li key={`${rule.id}-${index}`}><strong>{rule.name}:</strong> „{example.text}“{example.hint ? ` — ${example.hint}` : ''}</li>
            )))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
