import { useEffect, useRef, useState } from 'react';
import { actions } from '../../src/state/store.ts';
import { actorName } from '../../src/selectors/actors.ts';
import { natoStatus } from '../../src/selectors/nato-status.ts';
import { datasetYears, shownYears } from '../../src/selectors/years.ts';
import { actorFacts, countryPanel, GROUP_PAGE, OPEN_ALL_UP_TO, SECTION_PAGE, type CountryPanelModel, type PanelGroup } from '../../src/selectors/country-panel.ts';
import { useApp, useAppStoreApi } from '../shared/store-context.ts';
import { useBoundaries, useDataset, useScene, useViewFilters } from '../shared/use-scene.ts';
import { useSheet } from '../shared/use-sheet.ts';
import { FactItem } from './FactItem.tsx';
import { RejectedFacts } from '../review/RejectedFacts.tsx';
import './country-panel.css';

/** "Country details": the side panel (a bottom sheet on a phone) for the selected country or actor. */
export function CountryPanel() {
  const store = useAppStoreApi();
  const { years, types, cats, country, role } = useViewFilters();
  const boundaries = useBoundaries();
  const data = useDataset();
  const scene = useScene();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  const sheet = useSheet();

  useEffect(() => {
    // Move focus to the heading when the panel was opened from the keyboard-driven search or a
    // list, so screen-reader users hear where they are; a map click keeps focus where it was.
    if (country && document.activeElement?.closest('[data-focus-panel-on-select]')) headingRef.current?.focus();
  }, [country]);

  if (!country) return null;
  const name = actorName(country, boundaries);
  const all = data ? datasetYears(data) : [];
  const shown = shownYears(years, all);
  const dates = shown.map((y) => data?.articles.filter((a) => a.date.startsWith(String(y))).map((a) => a.date).sort().at(-1) ?? `${y}-12-31`);
  const model = scene && data ? countryPanel(actorFacts(data, { years, types, cats }, country), scene.flows, country, role, boundaries) : null;
  const hidden = all.filter((y) => !shown.includes(y));
  const peek = sheet.state === 'peek';
  const filtered = types !== null || cats !== null || role !== null;

  return (
    <aside
      ref={panelRef}
      className={`panel country-panel${peek ? ' sheet-peek' : ''}`}
      style={sheet.height !== null ? { maxHeight: sheet.height } : undefined}
      aria-label="Country details"
      data-covers-map
    >
      <button
        type="button"
        className="sheet-handle"
        aria-label={peek ? 'Expand country details' : 'Collapse country details'}
        aria-expanded={!peek}
        onClick={sheet.toggle}
        {...sheet.handlers}
      >
        <span aria-hidden="true" />
      </button>
      <header className="panel-header">
        <h2 ref={headingRef} tabIndex={-1}>{name}</h2>
        <button type="button" className="icon-button" aria-label="Close country details" onClick={() => actions.clearSelection(store)}>
          ×
        </button>
      </header>
      <div className="panel-body">
        {model && model.summary.length > 0 && <p className="panel-summary">{model.summary.join(' · ')}</p>}
        <p className="nato-status">{natoStatus(country, dates)}</p>
        {role && (
          <p className="muted">
            Showing what {name} {role === 'sent' ? 'sent, made or said' : 'received or was promised'}.{' '}
            <button type="button" className="link-button" onClick={() => actions.setRole(store, null)}>Show both sides</button>
          </p>
        )}
        {data === null && <p className="muted">Facts are not loaded.</p>}
        {model && model.total === 0 && (
          <div className="empty">
            <p>No reported facts about {name} in {shown.length > 0 ? shown.join(' and ') : 'the years shown'}{filtered ? ' under the filters shown' : ''}.</p>
            {hidden.length > 0 && (
              <button type="button" className="text-button" onClick={() => actions.setYears(store, null)}>
                Show all years ({all.join(', ')})
              </button>
            )}
          </div>
        )}
        {model && model.total > 0 && <Sections key={country} model={model} />}
        <RejectedFacts country={country} />
      </div>
    </aside>
  );
}

/** The sections, each a list of collapsible groups; remounted per country so groups start as they should. */
function Sections({ model }: { model: CountryPanelModel }) {
  const openGroup = useApp((s) => s.openGroup);
  const fact = useApp((s) => s.fact);
  // Which groups the reader flipped from how they start: open when the panel is short, when an
  // arrow on the map asked for it, or when it holds the selected fact; collapsed otherwise.
  const [flipped, setFlipped] = useState<ReadonlySet<string>>(new Set());
  // Sections list their busiest groups first and the rest on request, like a group's facts.
  const [allGroups, setAllGroups] = useState<ReadonlySet<string>>(new Set());
  const rootRef = useRef<HTMLDivElement>(null);
  const startsOpen = (g: PanelGroup) => model.total <= OPEN_ALL_UP_TO || g.key === openGroup || (fact !== null && g.facts.some((f) => f.id === fact));

  useEffect(() => {
    // An arrow clicked on the map opens its group here and brings it into view.
    if (!openGroup) return;
    const el = rootRef.current?.querySelector<HTMLElement>(`[data-group="${CSS.escape(openGroup)}"]`);
    el?.scrollIntoView({ block: 'start' });
    el?.querySelector<HTMLButtonElement>('.group-toggle')?.focus({ preventScroll: true });
  }, [openGroup]);

  const toggle = (key: string) =>
    setFlipped((e) => {
      const next = new Set(e);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  return (
    <div ref={rootRef}>
      {model.sections.map((s) => (
        <section key={s.key} className="fact-section" aria-labelledby={`section-${s.key}`}>
          <h3 id={`section-${s.key}`}>
            {s.title} <span className="count">({s.count})</span>
          </h3>
          {(allGroups.has(s.key) ? s.groups : s.groups.filter((g, i) => i < SECTION_PAGE || g.key === openGroup)).map((g) => (
            <Group key={g.key} group={g} open={startsOpen(g) !== flipped.has(g.key)} onToggle={() => toggle(g.key)} />
          ))}
          {!allGroups.has(s.key) && s.groups.length > SECTION_PAGE && (
            <button type="button" className="text-button more" onClick={() => setAllGroups((a) => new Set(a).add(s.key))}>
              Show all {s.groups.length} groups
            </button>
          )}
        </section>
      ))}
    </div>
  );
}

function Group({ group, open, onToggle }: { group: PanelGroup; open: boolean; onToggle(): void }) {
  const [shown, setShown] = useState(GROUP_PAGE);
  const listId = `group-${group.key.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
  const more = group.facts.length - shown;
  return (
    <div className="fact-group" data-group={group.key}>
      <h4>
        <button type="button" className="group-toggle" aria-expanded={open} aria-controls={listId} onClick={onToggle}>
          <span className="chev" aria-hidden="true">{open ? '▾' : '▸'}</span>
          <span className="group-title">{group.title}</span>
          <span className="count">{group.facts.length}</span>
        </button>
      </h4>
      {open && (
        <div id={listId}>
          <ul className="fact-list">
            {group.facts.slice(0, shown).map((f) => <FactItem key={f.id} fact={f} showOrigin={false} />)}
          </ul>
          {more > 0 && (
            <button type="button" className="text-button more" onClick={() => setShown((n) => n + GROUP_PAGE)}>
              Show {Math.min(more, GROUP_PAGE)} more (of {group.facts.length})
            </button>
          )}
        </div>
      )}
    </div>
  );
}
