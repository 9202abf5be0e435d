import { useEffect, useState } from 'preact/hooks';
import type { DraftResult, DraftType } from '../api/types';
import { CopyButton } from '../components/copy-button';
import { LegalCitations } from '../components/legal-citations';
import { PassagePanel, type PanelTarget } from '../components/passage-panel';
import { ErrorMessage, RunButtons, RunOutput } from '../components/run-controls';
import { useRun } from '../components/use-run';
import { useSession } from '../session';
import { DeadlineHelper } from './deadline-helper';
import { downloadDocx } from './draft-export';
import { toDraftFields, type DraftFormValues } from './draft-fields';
import { DraftFormFields } from './draft-form-fields';

const EMPTY_FORM: DraftFormValues = { values: {}, termine: [], deadline: { event: '', eventType: 'posted', land: 'HH', remedy: 'widerspruch' } };

/** Entwerfen: a form per document type, tone, the draft streaming in, deadline helper, DOCX export, copy. */
export function DraftPage() {
  const { api } = useSession();
  const run = useRun<DraftResult>();
  const [types, setTypes] = useState<DraftType[]>([]);
  const [typesError, setTypesError] = useState<unknown>(null);
  const [type, setType] = useState('anschreiben');
  const [tone, setTone] = useState('fachsprache');
  const [genderFair, setGenderFair] = useState(true);
  const [form, setForm] = useState<DraftFormValues>(EMPTY_FORM);
  const [exportState, setExportState] = useState<{ message: string; error: unknown }>({ message: '', error: null });
  const [panel, setPanel] = useState<PanelTarget | null>(null);

  useEffect(() => {
    api.json<{ types: DraftType[] }>('GET', '/api/v1/draft/types').then((value) => setTypes(value.types)).catch(setTypesError);
  }, []);
  const selected = types.find((candidate) => candidate.type === type);

  const submit = (event: Event) => {
    event.preventDefault();
    if (run.state.status === 'running' || !selected) return;
    setExportState({ message: '', error: null });
    const fields = toDraftFields(type, selected.letter, form);
    void run.start((handlers, signal) => api.stream<DraftResult>('/api/v1/draft', { type, tone, genderFair, fields }, handlers, signal));
  };
  const exportDocx = async (result: DraftResult) => {
    setExportState({ message: 'DOCX wird erstellt …', error: null });
    try {
      const title = result.letter?.subject ?? (form.values['betreff']?.trim() || result.label);
      const fileName = await downloadDocx(api, result, title);
      setExportState({ message: `Die Datei „${fileName}“ wurde heruntergeladen.`, error: null });
    } catch (error) {
      setExportState({ message: '', error });
    }
  };

  return (
    <div class={panel ? 'with-panel' : ''}>
      <div class="page-body">
        {typesError ? <ErrorMessage error={typesError} /> : null}
        <form class="card" onSubmit={submit}>
          <div class="grid">
            <div class="field">
              <label for="draft-type">Dokumentart</label>
              <select id="draft-type" value={type} aria-describedby="draft-type-description" onChange={(event) => { setType(event.currentTarget.value); run.reset(); }}>
                {types.map((candidate) => <option key={candidate.type} value={candidate.type}>{candidate.label}</option>)}
              </select>
              <p id="draft-type-description" class="hint">{selected ? `Entwirft ${selected.description}.` : ''}</p>
            </div>
            <fieldset>
              <legend>Tonalität</legend>
              <label class="choice"><input type="radio" name="draft-tone" value="fachsprache" checked={tone === 'fachsprache'} onChange={() => setTone('fachsprache')} /> Fachsprache</label>
              <label class="choice"><input type="radio" name="draft-tone" value="buergernah" checked={tone === 'buergernah'} onChange={() => setTone('buergernah')} /> bürgernah</label>
            </fieldset>
            <div class="field">
              <label class="choice"><input type="checkbox" checked={genderFair} onChange={(event) => setGenderFair(event.currentTarget.checked)} /> geschlechtergerechte Sprache</label>
            </div>
          </div>
          {selected ? <DraftFormFields type={type} letter={selected.letter} required={selected.required} form={form} onChange={setForm} /> : null}
          <RunButtons run={run} label="Entwurf erstellen" />
        </form>
        <RunOutput run={run} title="Entwurf" id="draft">
          {(result) => (
            <>
              <div class="draft-text prewrap" data-testid="draft-text">{result.text}</div>
              {result.gaps.length ? (
                <div class="note warn">
                  <p>Noch zu ergänzen:</p>
                  <ul>{result.gaps.map((gap) => <li key={gap.field}>{gap.label}{gap.required ? ' (Pflichtangabe)' : ''}</li>)}</ul>
                </div>
              ) : null}
              {result.remedyNoticeIntact === false ? <p class="note warn">Achtung: Die berechnete Rechtsbehelfsbelehrung fehlt im Text oder wurde verändert.</p> : null}
              <div class="buttons">
                <button type="button" onClick={() => void exportDocx(result)}>Als DOCX herunterladen</button>
                <CopyButton text={result.text} />
              </div>
              <p role="status" class="inline-status">{exportState.message}</p>
              {exportState.error ? <ErrorMessage error={exportState.error} /> : null}
              <LegalCitations text={result.text} onOpen={(passage, label, opener) => setPanel({ label, passage, start: passage.start, end: passage.end, opener })} />
            </>
          )}
        </RunOutput>
        <DeadlineHelper onApply={type === 'bescheid' ? (deadline) => setForm({ ...form, deadline }) : undefined} />
      </div>
      {panel ? <PassagePanel target={panel} onClose={() => setPanel(null)} /> : null}
    </div>
  );
}
