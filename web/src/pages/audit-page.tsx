/** Nav slot for the auditors' view; the API (/api/v1/audit/*) exists, the page is a later task. */
export function AuditPage() {
  return (
    <div class="page-body">
      <div class="card">
        <p>Die Ansicht für Prüferinnen und Prüfer ist in Vorbereitung.</p>
        <p>Bis dahin stehen die Protokolle über die Schnittstelle <code>/api/v1/audit/records</code> und den Befehl <code>npm run audit</code> bereit.</p>
      </div>
    </div>
  );
}
