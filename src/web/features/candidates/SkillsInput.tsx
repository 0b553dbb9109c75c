import { type FocusEvent, type KeyboardEvent, useContext, useEffect, useId, useRef, useState } from 'react';
import {
  Button,
  ComboBox,
  ComboBoxStateContext,
  Input,
  type Key,
  ListBox,
  ListBoxItem,
  Popover,
  Tag,
  TagGroup,
  TagList,
} from 'react-aria-components';
import { useSkillSuggestions } from './queries.ts';

/** The value after it has stopped changing for `ms` (so each keystroke is not a request). */
function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * Suggestions arrive after the typing that asked for them, when the combo box has already
 * decided to stay closed: open it when a new, non-empty list arrives while the box has focus.
 */
function OpenOnSuggestions({ list }: { list: string }) {
  const current = useContext(ComboBoxStateContext);
  // Read through a ref: the state object changes every render, the list only when it changes.
  const state = useRef(current);
  state.current = current;
  useEffect(() => {
    const s = state.current;
    if (list && s?.isFocused && !s.isOpen) s.open(null, 'input');
  }, [list]);
  return null;
}

const sameSkill = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;

/**
 * A list of skills as removable chips plus a combo box that suggests canonical names
 * (react-aria ComboBox and TagGroup). Enter or a comma adds what was typed; Backspace in the
 * empty box removes the last chip. The server turns aliases ("js") into canonical names.
 */
export function SkillsInput(props: {
  label: string;
  value: string[];
  onChange: (skills: string[]) => void;
  hint?: string;
  error?: string | undefined;
  /** The most skills the field takes; further ones are not added. */
  max?: number;
}) {
  const { value, onChange, max = 100 } = props;
  const id = useId();
  const describedBy =
    [props.hint ? `${id}-hint` : '', props.error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const [text, setText] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const suggestions = useSkillSuggestions(useDebounced(text, 150));
  const items = text.trim()
    ? (suggestions.data ?? [])
        .filter((s) => !value.some((v) => sameSkill(v, s)))
        .map((name) => ({ id: name, name }))
    : [];

  const add = (raw: readonly string[]) => {
    const next = [...value];
    for (const skill of raw.map((s) => s.trim()).filter(Boolean)) {
      if (next.length < max && !next.some((v) => sameSkill(v, skill))) next.push(skill);
    }
    if (next.length !== value.length) {
      onChange(next);
      setAnnouncement(`Added ${next.slice(value.length).join(', ')}.`);
    }
  };
  const remove = (names: readonly string[]) => {
    onChange(value.filter((v) => !names.includes(v)));
    setAnnouncement(`Removed ${names.join(', ')}.`);
  };

  const onInputChange = (typed: string) => {
    // A comma (typed or pasted) ends a skill.
    const parts = typed.split(',');
    const rest = parts.pop() ?? '';
    if (parts.length) add(parts);
    setText(rest);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    // With a suggestion highlighted the combo box picks it (onChange below); otherwise take the text.
    if (e.key === 'Enter' && text.trim() && !e.currentTarget.getAttribute('aria-activedescendant')) {
      e.preventDefault();
      add([text]);
      setText('');
    } else if (e.key === 'Backspace' && text === '' && value.length) {
      remove([value[value.length - 1] as string]);
    }
  };

  const onBlur = (e: FocusEvent<HTMLInputElement>) => {
    // Leaving the box keeps what was typed as a skill, unless focus went into the suggestions.
    const to = e.relatedTarget as Node | null;
    if (text.trim() && !(to instanceof Element && to.closest('[role="listbox"]'))) {
      add([text]);
      setText('');
    }
  };

  return (
    <div className={props.error ? 'field chip-field invalid' : 'field chip-field'}>
      <label id={`${id}-label`} htmlFor={id}>
        {props.label}
      </label>
      {props.hint ? (
        <p className="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      <div className="chip-box">
        {value.length ? (
          <TagGroup aria-label={`${props.label}: chosen`} onRemove={(keys) => remove([...keys].map(String))}>
            <TagList className="chip-list">
              {value.map((skill) => (
                <Tag key={skill} id={skill} textValue={skill} className="chip">
                  {skill}
                  <Button slot="remove" className="chip-remove" aria-label={`Remove ${skill}`}>
                    <span aria-hidden="true">×</span>
                  </Button>
                </Tag>
              ))}
            </TagList>
          </TagGroup>
        ) : null}
        {/* The chips live outside the combo box: two react-aria collections must not nest. */}
        <ComboBox
          id={id}
          className="chip-combobox"
          aria-labelledby={`${id}-label`}
          aria-describedby={describedBy}
          items={items}
          inputValue={text}
          onInputChange={onInputChange}
          value={null}
          onChange={(key: Key | null) => {
            if (key === null) return;
            add([String(key)]);
            setText('');
          }}
          allowsCustomValue
          isInvalid={Boolean(props.error)}
        >
          <Input className="chip-input" onKeyDown={onKeyDown} onBlur={onBlur} />
          <OpenOnSuggestions list={items.map((i) => i.id).join('\n')} />
          <Popover className="suggestions" placement="bottom start">
            <ListBox className="suggestion-list">
              {(item: { id: string; name: string }) => (
                <ListBoxItem id={item.id} textValue={item.name} className="suggestion">
                  {item.name}
                </ListBoxItem>
              )}
            </ListBox>
          </Popover>
        </ComboBox>
      </div>
      {props.error ? (
        <p className="error" id={`${id}-error`}>
          {props.error}
        </p>
      ) : null}
      <span className="visually-hidden" role="status">
        {announcement}
      </span>
    </div>
  );
}
