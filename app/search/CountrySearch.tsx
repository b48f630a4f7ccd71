import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { matchActors, type ActorInfo } from '../../src/selectors/actors.ts';

interface Props {
  options: readonly ActorInfo[];
  onPick(option: ActorInfo): void;
}

/**
 * "Find a country": an ARIA 1.2 combobox with a listbox popup. Focus stays in the input; arrow
 * keys move the active option (aria-activedescendant) and Enter picks it.
 */
export function CountrySearch({ options, onPick }: Props) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const matches = useMemo(() => matchActors(options, query), [options, query]);
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-opt-${i}`;
  const expanded = open && matches.length > 0;

  function pick(option: ActorInfo | undefined) {
    if (!option) return;
    onPick(option);
    setQuery('');
    setOpen(false);
    setActive(0);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!open) { setOpen(true); setActive(0); return; }
        setActive((a) => Math.min(a + 1, matches.length - 1));
        break;
      case 'ArrowUp':
        e.preventDefault();
        setActive((a) => Math.max(a - 1, 0));
        break;
      case 'Enter':
        if (expanded) { e.preventDefault(); pick(matches[active]); }
        break;
      case 'Escape':
        if (open) { e.preventDefault(); e.stopPropagation(); setOpen(false); }
        else if (query) { setQuery(''); }
        break;
    }
  }

  return (
    <div className="search">
      <label htmlFor={`${id}-input`} className="search-label">Find a country</label>
      <input
        ref={inputRef}
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder="Estonia, NATO, …"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded ? optionId(active) : undefined}
        value={query}
        onChange={(e) => { setQuery(e.target.value); setOpen(true); setActive(0); }}
        onFocus={() => setOpen(query.length > 0)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label="Countries" className="search-list" hidden={!expanded}>
        {matches.map((o, i) => (
          <li
            key={o.code}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'active' : undefined}
            // mousedown, not click: it lands before the input's blur closes the list.
            onMouseDown={(e) => { e.preventDefault(); pick(o); }}
            onMouseMove={() => setActive(i)}
          >
            <span>{o.name}</span>
            {o.kind === 'offmap' && <span className="search-hint">off map</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
