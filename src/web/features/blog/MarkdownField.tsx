// biome-ignore-all lint/security/noDangerouslySetInnerHtml: the preview is HTML the server rendered and sanitised, the same as the public page
import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../api.ts';
import { SelectField, TextArea } from '../../ui/Field.tsx';
import { useOpenings } from '../openings/queries.ts';
import { previewMarkdown } from './queries.ts';

const DELAY_MS = 400;

/** The Markdown body beside a live preview rendered by the server with the public page's rules. */
export function MarkdownField(props: { value: string; onChange: (value: string) => void; error?: string }) {
  const [preview, setPreview] = useState<{ html: string; readingMinutes: number } | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const body = useRef<HTMLTextAreaElement>(null);
  const open = useOpenings({ status: 'open' });

  /** Puts a link where the cursor is (or over the selected words), as a writer expects. */
  const insertLink = (slug: string) => {
    const job = open.data?.find((o) => o.slug === slug);
    if (!job) return;
    const el = body.current;
    const start = el?.selectionStart ?? props.value.length;
    const end = el?.selectionEnd ?? start;
    const words = props.value.slice(start, end) || `${job.title} at ${job.companyName}`;
    const link = `[${words.replace(/[[\]]/g, '')}](/jobs/${job.slug})`;
    props.onChange(props.value.slice(0, start) + link + props.value.slice(end));
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(start + link.length, start + link.length);
    });
  };

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
        ref={body}
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
      {open.data?.length ? (
        <SelectField
          label="Link an open position"
          hint="Puts a link to its job page where the cursor is, or on the selected words."
          value=""
          onChange={(e) => insertLink(e.target.value)}
          options={[
            { value: '', label: 'Choose a position…' },
            ...open.data.map((o) => ({ value: o.slug, label: `${o.title} · ${o.companyName}` })),
          ]}
        />
      ) : null}
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
