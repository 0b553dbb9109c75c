import { useId, useState } from 'react';
import type { CoverImage } from '../../../shared/blog.ts';
import { errorMessage } from '../../api.ts';
import { TextField } from '../../ui/Field.tsx';
import { ErrorMessage } from '../../ui/Status.tsx';
import { UploadProgress } from '../../ui/UploadProgress.tsx';
import { uploadCover } from './queries.ts';

/** The cover: upload (checked and resized on the server), its description, and removal. */
export function CoverField(props: {
  cover: CoverImage | null;
  alt: string;
  onCover: (cover: CoverImage | null) => void;
  onAlt: (alt: string) => void;
  errors: Record<string, string>;
}) {
  const id = useId();
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    setProgress(0);
    try {
      props.onCover(await uploadCover(file, setProgress));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setProgress(null);
    }
  };

  return (
    <fieldset className="stack">
      <legend>Cover image (optional)</legend>
      {props.cover ? (
        <img
          src={props.cover.url}
          srcSet={props.cover.srcset}
          sizes="(max-width: 40rem) 100vw, 30rem"
          width={props.cover.width}
          height={props.cover.height}
          alt={props.alt || 'Cover image (no description yet)'}
          style={{ maxWidth: '30rem' }}
        />
      ) : null}
      <div className="field">
        <label htmlFor={id}>{props.cover ? 'Replace the image' : 'Upload an image'}</label>
        <p className="hint" id={`${id}-hint`}>
          JPEG, PNG or WebP, up to 5 MB. It is resized for phones and wide screens.
        </p>
        <input
          id={id}
          type="file"
          accept="image/jpeg,image/png,image/webp"
          aria-describedby={`${id}-hint`}
          onChange={(e) => void choose(e.target.files?.[0])}
        />
      </div>
      {progress !== null ? <UploadProgress progress={progress} after="preparing the sizes…" /> : null}
      {error || props.errors.coverImageId ? (
        <ErrorMessage>{error ?? props.errors.coverImageId}</ErrorMessage>
      ) : null}
      {props.cover ? (
        <>
          <TextField
            label="Image description (alt text)"
            hint="Say what the picture shows, for readers who cannot see it."
            value={props.alt}
            maxLength={300}
            onChange={(e) => props.onAlt(e.target.value)}
            error={props.errors.coverAlt}
          />
          <div className="actions">
            <button type="button" className="secondary" onClick={() => props.onCover(null)}>
              Remove the image
            </button>
          </div>
        </>
      ) : null}
    </fieldset>
  );
}
