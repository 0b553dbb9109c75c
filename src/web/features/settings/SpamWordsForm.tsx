import { type FormEvent, useEffect, useState } from 'react';
import { errorMessage, fieldErrors } from '../../api.ts';
import { TextArea } from '../../ui/Field.tsx';
import { ErrorMessage, SubmitButton } from '../../ui/Status.tsx';
import { useSaveSpamWords, useSpamWords } from './queries.ts';

/**
 * The disallowed-words list, one per line. Comments and the contact form share it, so the
 * comment queue and the leads inbox both offer it.
 */
export function SpamWordsForm() {
  const words = useSpamWords();
  const save = useSaveSpamWords();
  const [text, setText] = useState('');
  useEffect(() => {
    if (words.data) setText(words.data.words.join('\n'));
  }, [words.data]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(
      text
        .split('\n')
        .map((w) => w.trim())
        .filter(Boolean),
    );
  };
  const error = Object.values(fieldErrors(save.error))[0];
  return (
    <details>
      <summary>Disallowed words</summary>
      <form className="stack narrow" onSubmit={submit} noValidate>
        <TextArea
          label="Words and phrases that mark a message as spam"
          hint="One per line, matched as whole words, ignoring case. A comment or contact message that contains one goes to the spam folder."
          rows={6}
          value={text}
          onChange={(e) => setText(e.target.value)}
          error={error}
        />
        {save.isError && !error ? <ErrorMessage>{errorMessage(save.error)}</ErrorMessage> : null}
        {save.isSuccess ? (
          <p className="success" role="status">
            Saved.
          </p>
        ) : null}
        <div className="actions">
          <SubmitButton pending={save.isPending}>Save words</SubmitButton>
        </div>
      </form>
    </details>
  );
}
