/** An upload's progress bar and status line; `after` says what happens once the bytes are sent. */
export function UploadProgress({ progress, after }: { progress: number; after: string }) {
  return (
    <div className="stack">
      <progress value={progress} max={1} aria-label="Upload progress" />
      <p role="status">
        {progress < 1 ? `Uploading… ${Math.round(progress * 100)}%` : `Upload complete, ${after}`}
      </p>
    </div>
  );
}
