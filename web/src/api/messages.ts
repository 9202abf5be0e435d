import { ApiError } from './client';
import type { Provenance, ResultMode } from './types';

/** Why a file was rejected, in German (codes from the ingest's ExtractionFailureReason). */
export const REJECTION_REASONS: Record<string, string> = {
  no_text_layer: 'Die PDF-Datei hat keine Textebene (vermutlich ein Scan). Bitte eine durchsuchbare PDF-Datei hochladen.',
  garbled_text: 'Der Text der Datei ist nicht lesbar (falsche Zeichenkodierung oder beschädigte Schriften).',
  unsupported_type: 'Dieses Dateiformat wird nicht unterstützt. Erlaubt sind PDF, DOCX, HTML, Markdown und Text.',
  empty: 'Die Datei enthält keinen Text.',
  corrupt: 'Die Datei ist beschädigt und kann nicht gelesen werden.',
  too_many_pages: 'Die Datei hat mehr Seiten als erlaubt.',
};

export function describeRejection(reason: string): string {
  return REJECTION_REASONS[reason] ?? `Die Datei konnte nicht verarbeitet werden (${reason}).`;
}

/** Why a generative request fell back (UnavailableReason in the service). */
const FALLBACK_REASONS: Record<string, string> = {
  'no-model': 'Es ist kein Sprachmodell eingerichtet.',
  'backend-down': 'Der Modelldienst ist nicht erreichbar.',
  overloaded: 'Das Sprachmodell ist gerade ausgelastet.',
  'circuit-open': 'Der Modelldienst ist nach wiederholten Fehlern vorübergehend gesperrt.',
  timeout: 'Das Sprachmodell hat nicht rechtzeitig geantwortet.',
};

export function describeFallback(reason: string): string {
  return FALLBACK_REASONS[reason] ?? `Sonstiger Grund (${reason}).`;
}

const MODE_LABELS: Record<ResultMode, string> = {
  generative: 'generativ',
  extractive: 'extraktiv',
  template: 'Vorlage',
  rules: 'Regelprüfung',
};

/** The badge text every result carries, e.g. "extraktiv — kein Sprachmodell verfügbar". */
export function describeMode(result: Pick<Provenance, 'mode' | 'model'>): string {
  const label = MODE_LABELS[result.mode] ?? result.mode;
  if (result.mode === 'generative') return `${label} — Modell ${result.model ?? 'unbekannt'}`;
  return `${label} — kein Sprachmodell verfügbar`;
}

const FIELD_LABELS: Record<string, string> = {
  question: 'Frage', text: 'Text', message: 'Nachricht', file: 'Datei', event: 'Ereignisdatum', period: 'Frist', land: 'Land',
  words: 'Wortzahl', title: 'Titel', documentId: 'Dokument', name: 'Name',
};

function fieldList(error: ApiError): string {
  const errors = error.problem.errors ?? [];
  if (errors.length === 0) return '';
  return ` Betroffen: ${errors.map((item) => {
    const field = item.path.split('.')[0] ?? item.path;
    return FIELD_LABELS[field] ?? item.path;
  }).join(', ')}.`;
}

/** A clear German message for any failure; technical detail stays separate. */
export function describeError(error: unknown): { message: string; detail: string | null } {
  if (!(error instanceof ApiError)) {
    return { message: 'Unerwarteter Fehler in der Anwendung. Bitte laden Sie die Seite neu.', detail: error instanceof Error ? error.message : String(error) };
  }
  const detail = error.problem.detail ?? null;
  const reason = error.problem.reason;
  switch (error.status) {
    case 0:
      return { message: 'Der Dienst ist nicht erreichbar. Bitte prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut.', detail };
    case 400:
      return { message: `Eingabe prüfen: Die Anfrage ist unvollständig oder ungültig.${fieldList(error)}`, detail };
    case 401:
      return { message: 'Anmeldung erforderlich: Ihr Token ist ungültig oder abgelaufen. Bitte melden Sie sich erneut an.', detail };
    case 403:
      return { message: 'Keine Berechtigung: Ihre Rolle darf diese Funktion nicht nutzen.', detail };
    case 404:
      return { message: 'Nicht gefunden: Der Eintrag existiert nicht (mehr) oder ist für Sie nicht sichtbar.', detail };
    case 409:
      return { message: 'Konflikt: Die Aktion ist im aktuellen Zustand nicht möglich.', detail };
    case 413:
      return { message: 'Zu groß: Die Datei oder der Text überschreitet die erlaubte Größe.', detail };
    case 415:
      return { message: 'Dateiformat nicht unterstützt. Erlaubt sind PDF, DOCX, HTML, Markdown und Text.', detail };
    case 422:
      return { message: `Das Dokument kann nicht verarbeitet werden: ${reason ? describeRejection(reason) : 'unbekannter Grund.'}`, detail };
    case 429: {
      const wait = error.retryAfterSeconds;
      return { message: `Das Sprachmodell ist ausgelastet. Bitte versuchen Sie es ${wait ? `in ${wait} Sekunden` : 'gleich'} erneut.`, detail };
    }
    case 503:
      return { message: `Der Dienst ist vorübergehend nicht verfügbar.${reason ? ` ${describeFallback(reason)}` : ''} Bitte später erneut versuchen.`, detail };
    default:
      return { message: `Interner Fehler (HTTP ${error.status}). Bitte versuchen Sie es erneut oder melden Sie die Anfrage-ID${error.problem.requestId ? ` ${error.problem.requestId}` : ''}.`, detail };
  }
}
