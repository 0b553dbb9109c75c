// biome-ignore-all lint/security/noDangerouslySetInnerHtml: the preview is HTML the server rendered and sanitised, the same as the public page
import { useEffect, useState } from 'react';
import { errorMessage } from '../../api.ts';
import { TextArea } from '../../ui/Field.tsx';
import { previewMarkdown } from './queries.ts';

const DELAY_MS = 400;

/** The Markdown body beside a live preview rendered by the server with the public page's rules. */
export function MarkdownField(props: { value: string; onChange: (value: string) => void; error?: string }) {
  const [preview, setPreview] = useState<{ html: string; readingMinutes: number } | null>(null);
  const [failed, setFailed] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      previewMarkdown(props.value)
        .then((p) => {
          if (!live) return;
          setPreview(p);
          setFailed(null);
        })
        .catch((err) => live && setFailed(errorMessage(err)));
    }, DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [props.value]);

  return (
    <div className="post-body-editor stack">
      <TextArea
        label="Body (Markdown)"
        rows={16}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        error={props.error}
        hint={
          <>
            **bold**, *italic*, ## heading, - list. Link to an opening with [its title](/jobs/its-address) or
            to the job board with [open positions](/jobs).
          </>
        }
      />
      <section aria-labelledby="preview-heading" className="post-preview">
        <h2 id="preview-heading">
          Preview
          {preview ? <span className="meta"> · {preview.readingMinutes} min read</span> : null}
        </h2>
        {failed ? <p className="error">{failed}</p> : null}
        <div
          className="description"
          aria-live="polite"
          dangerouslySetInnerHTML={{ __html: preview?.html ?? '' }}
        />
      </section>
    </div>
  );
}
