import type { ReactNode } from 'react';

/**
 * A checkbox in a set where one must stay on (years, fact types, arms categories): a map with
 * nothing shown would show nothing and explain nothing. The last one on says so and ignores the
 * click instead of being disabled, so it stays focusable and its reason can be read.
 */
export function KeepOneCheckbox({ className, checked, last, what, onChange, children }: {
  className: string;
  checked: boolean;
  /** This is the only one of its set that is on. */
  last: boolean;
  /** The set's members, for the reason: "year" → "At least one year stays shown". */
  what: string;
  onChange: (checked: boolean) => void;
  children: ReactNode;
}) {
  return (
    <label className={className} title={last ? `At least one ${what} stays shown` : undefined}>
      <input type="checkbox" checked={checked} aria-disabled={last} onChange={(e) => { if (!last) onChange(e.target.checked); }} />
      {children}
    </label>
  );
}
