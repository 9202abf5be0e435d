/**
 * A stand-in for the part of Office.js the task pane uses, served in place of Microsoft's CDN
 * script (Playwright intercepts the request; nothing leaves the machine). It records every call
 * in `window.__officeCalls` so tests can check what the pane asked Office to do.
 */
export interface StandInOptions {
  host: 'Word' | 'Outlook';
  /** Word: the selected text; Outlook: the mail body. */
  text: string;
  subject?: string;
  /** Provide OfficeRuntime.storage (shared runtime) or leave it out (localStorage fallback). */
  runtimeStorage: boolean;
}

export function officeStandIn(options: StandInOptions): string {
  return `(() => {
  const options = ${JSON.stringify(options)};
  const calls = [];
  window.__officeCalls = calls;
  const succeeded = (value) => ({ status: 'succeeded', value });
  const later = (callback, result) => setTimeout(() => callback(result), 5);
  const context = options.host === 'Word'
    ? { document: {
        getSelectedDataAsync(coercionType, callback) { calls.push(['getSelectedDataAsync', coercionType]); later(callback, succeeded(options.text)); },
        setSelectedDataAsync(data, settings, callback) { calls.push(['setSelectedDataAsync', data, settings.coercionType]); later(callback, succeeded(undefined)); },
      } }
    : { mailbox: { item: {
        subject: options.subject,
        body: { getAsync(coercionType, callback) { calls.push(['body.getAsync', coercionType]); later(callback, succeeded(options.text)); } },
        displayReplyForm(form) { calls.push(['displayReplyForm', form]); },
      } } };
  window.Office = {
    HostType: { Word: 'Word', Outlook: 'Outlook' },
    CoercionType: { Text: 'text', Html: 'html' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    onReady: () => Promise.resolve({ host: options.host, platform: 'PC' }),
    context,
  };
  if (options.runtimeStorage) {
    const store = new Map();
    window.__runtimeStore = store;
    window.OfficeRuntime = { storage: {
      getItem: async (key) => (store.has(key) ? store.get(key) : null),
      setItem: async (key, value) => { store.set(key, value); },
      removeItem: async (key) => { store.delete(key); },
    } };
  }
})();`;
}
