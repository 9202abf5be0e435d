import type { UploadProgress } from '../api/client';

/** A labelled progress bar plus the percentage as text (polite, so it is not read on every byte). */
export function UploadProgressBar({ progress, id }: { progress: UploadProgress | null; id: string }) {
  if (!progress) return null;
  const percent = progress.total > 0 ? Math.round((progress.loaded / progress.total) * 100) : 0;
  return (
    <div class="upload-progress">
      <label for={id}>Hochladen</label>
      <progress id={id} max={100} value={percent} />
      <span role="status" class="inline-status">{percent < 100 ? `${percent} % hochgeladen` : 'Hochgeladen, wird verarbeitet …'}</span>
    </div>
  );
}
