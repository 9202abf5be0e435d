import { questionType } from './question-types';

describe('questionType', () => {
  it.each([
    ['Wer war der erste Kanzler?', 'wer'],
    ['Wem gehört das Grundstück?', 'wer'],
    ['In welchem Jahr wurde die Stadt gegründet?', 'welche'],
    ['Wie viele Einwohner hat Dresden?', 'wie viel'],
    ['Wie lange dauert die Bearbeitung?', 'wie viel'],
    ['Wie beantrage ich einen Pass?', 'wie'],
    ['Wann endet die Frist?', 'wann'],
    ['Wo muss ich mich anmelden?', 'wo'],
    ['Worauf stützt sich das Gericht?', 'wo+präp'],
    ['Wofür braucht man eine Apostille?', 'wo+präp'],
    ['Warum wurde die Klage abgewiesen?', 'warum'],
    ['Was kostet ein Reisepass?', 'was'],
    ['Muss ich den Umzug melden?', 'ja/nein'],
    ['Kosten des Reisepasses', 'andere'],
  ])('%s → %s', (question, expected) => {
    expect(questionType(question)).toBe(expected);
  });
});
