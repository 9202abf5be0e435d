import { useState } from 'preact/hooks';

/** Copies text; the outcome is announced in a polite status next to the button. */
export function CopyButton({ text, label = 'Kopieren' }: { text: string; label?: string }) {
  const [message, setMessage] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setMessage('In die Zwischenablage kopiert.');
    } catch {
      setMessage('Kopieren nicht möglich: Der Browser erlaubt keinen Zugriff auf die Zwischenablage.');
    }
  };
  return (
    <span class="copy">
      <button type="button" onClick={copy}>{label}</button>
      <span role="status" class="inline-status">{message}</span>
    </span>
  );
}
