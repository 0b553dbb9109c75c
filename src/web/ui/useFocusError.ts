import { type RefObject, useEffect } from 'react';

/** When a form gets new field errors, move focus to the first invalid input. */
export function useFocusError(form: RefObject<HTMLFormElement | null>, errors: Record<string, string>): void {
  useEffect(() => {
    if (Object.keys(errors).length === 0) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors, form]);
}
