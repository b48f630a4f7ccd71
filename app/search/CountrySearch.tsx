import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { searchActors, type ActorGroupInfo, type ActorInfo, type SearchEntry } from '../../src/selectors/actors.ts';

interface Props {
  options: readonly ActorInfo[];
  /** Groups people search by ("Baltic states"), with their members for the years shown. */
  groups: readonly ActorGroupInfo[];
  /** Facts per actor in the years shown: an empty search offers the busiest first. */
  activity: ReadonlyMap<string, number>;
  onPick(option: ActorInfo): void;
}

/** The entries with every pickable option numbered in list order, for aria-activedescendant. */
function numbered(entries: readonly SearchEntry[]) {
  let i = 0;
  const flat: ActorInfo[] = [];
  const rows = entries.map((e) => {
    if (e.kind === 'actor') {
      flat.push(e.actor);
      return { kind: 'actor' as const, actor: e.actor, index: i++ };
    }
    const members = e.group.members.map((m) => {
      flat.push(m);
      return { actor: m, index: i++ };
    });
    return { kind: 'group' as const, group: e.group, members };
  });
  return { rows, flat };
}

/**
 * "Find a country": an ARIA 1.2 combobox with a listbox popup. Focus stays in the input; arrow
 * keys move the active option (aria-activedescendant) and Enter picks it. A group name offers the
 * group's members as options; an empty box offers the actors with the most facts; a query that
 * matches nothing says so.
 */
export function CountrySearch({ options, groups, activity, onPick }: Props) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const { rows, flat } = useMemo(() => numbered(searchActors(options, groups, query, activity)), [options, groups, query, activity]);
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-opt-${i}`;
  const expanded = open && flat.length > 0;
  const noMatch = open && query.trim() !== '' && flat.length === 0;

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
        setActive((a) => Math.min(a + 1, flat.length - 1));
        break;
      case 'ArrowUp':
        e.preventDefault();
        setActive((a) => Math.max(a - 1, 0));
        break;
      case 'Home':
      case 'End':
        if (expanded && e.altKey) { e.preventDefault(); setActive(e.key === 'Home' ? 0 : flat.length - 1); }
        break;
      case 'Enter':
        if (expanded) { e.preventDefault(); pick(flat[active]); }
        break;
      case 'Escape':
        if (open) { e.preventDefault(); e.stopPropagation(); setOpen(false); }
        else if (query) { e.preventDefault(); e.stopPropagation(); setQuery(''); }
        break;
    }
  }

  const hint = (o: ActorInfo) => {
    const n = activity.get(o.code) ?? 0;
    return [n > 0 ? `${n} fact${n === 1 ? '' : 's'}` : '', o.kind === 'offmap' ? 'off map' : ''].filter(Boolean).join(' · ');
  };

  const option = (o: ActorInfo, i: number, inGroup: string | null) => (
    <li
      key={`${inGroup ?? ''}:${o.code}`}
      id={optionId(i)}
      role="option"
      aria-selected={i === active}
      className={i === active ? 'active' : undefined}
      // mousedown, not click: it lands before the input's blur closes the list.
      onMouseDown={(e) => { e.preventDefault(); pick(o); }}
      onMouseMove={() => setActive(i)}
    >
      <span>{o.name}</span>
      {hint(o) && <span className="search-hint">{hint(o)}</span>}
    </li>
  );

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
        placeholder="Estonia, NATO, Baltic…"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-describedby={`${id}-status`}
        aria-activedescendant={expanded ? optionId(active) : undefined}
        value={query}
        onChange={(e) => { setQuery(e.target.value); setOpen(true); setActive(0); }}
        onClick={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label="Countries" className="search-list" hidden={!expanded}>
        {rows.map((r) =>
          r.kind === 'actor' ? (
            option(r.actor, r.index, null)
          ) : (
            <li key={`group:${r.group.name}`} role="group" aria-label={r.group.basis ? `${r.group.name} (from ${r.group.basis})` : r.group.name} className="search-group">
              <div className="search-group-name" aria-hidden="true">
                {r.group.name}
                {r.group.basis && <span className="search-hint"> · from {r.group.basis}</span>}
              </div>
              <ul role="none">{r.members.map((m) => option(m.actor, m.index, r.group.name))}</ul>
            </li>
          ),
        )}
      </ul>
      <p id={`${id}-status`} className="search-status" role="status" aria-live="polite">
        {noMatch ? `No match for “${query.trim()}”` : ''}
      </p>
    </div>
  );
}
