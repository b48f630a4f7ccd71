import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type KeyboardEvent, type RefObject } from 'react';
import { COMMITMENT_KINDS, ITEM_CATEGORIES, type FactType, type Item, type ItemCategory, type CommitmentKind } from '../../src/model/dataset.ts';
import { FACT_TYPE_INFO } from '../../src/model/fact-types.ts';
import type { FactFields } from '../../src/model/reviews.ts';
import { parseActors } from '../../src/reviews/decide.ts';
import { actorName, pickableActors } from '../../src/selectors/actors.ts';
import { ORGANISATIONS } from '../../src/model/dataset.ts';
import { useApp } from '../shared/store-context.ts';

interface Props {
  type: FactType;
  initial: FactFields;
  submitLabel: string;
  onSubmit: (fields: FactFields) => Promise<string | null> | string | null;
  onCancel: () => void;
  /** Adding a fact: the type can be chosen, and a quote's words and directness given. */
  onTypeChange?: (type: FactType) => void;
}

const QUALIFIER_RE = /^[a-z]+(?: [a-z]+){0,3}$/;

/**
 * The fields of a fact as a form: sides as names or codes, items with categories, the troop
 * figure and its qualifier, the commitment kind, the speaker and role. Enter saves, Escape cancels.
 */
export function FactFieldsForm({ type, initial, submitLabel, onSubmit, onCancel, onTypeChange }: Props) {
  const id = useId();
  const boundaries = useApp((s) => s.boundaries);
  const known = useMemo(() => (boundaries.status === 'ready' ? pickableActors(boundaries.value, ORGANISATIONS) : []), [boundaries]);
  const nameOf = (c: string) => actorName(c, boundaries.status === 'ready' ? boundaries.value : null);
  const [from, setFrom] = useState((initial.from ?? []).map(nameOf).join(', '));
  const [to, setTo] = useState((initial.to ?? []).map(nameOf).join(', '));
  const [items, setItems] = useState<Item[]>(initial.items?.length ? initial.items : [{ name: '', category: 'other' }]);
  const [troops, setTroops] = useState(initial.troops == null ? '' : String(initial.troops));
  const [qualifier, setQualifier] = useState(initial.qualifier ?? '');
  const [unit, setUnit] = useState(initial.unit ?? '');
  const [kind, setKind] = useState<CommitmentKind>(initial.kind ?? 'assurance');
  const [speaker, setSpeaker] = useState(initial.speaker ?? '');
  const [role, setRole] = useState(initial.role ?? '');
  const [quoteText, setQuoteText] = useState(initial.text ?? '');
  const [direct, setDirect] = useState(initial.direct ?? false);
  const [error, setError] = useState<string | null>(null);
  const first = useRef<HTMLInputElement | HTMLSelectElement>(null);
  const adding = onTypeChange !== undefined;

  useEffect(() => { first.current?.focus(); }, []);

  function collect(): FactFields | string {
    const f = parseActors(from, known);
    if (!f.ok) return `From: ${f.error}`;
    const t = parseActors(to, known);
    if (!t.ok) return `To: ${t.error}`;
    if (f.codes.length === 0) return 'From: name at least one country or organisation';
    const out: FactFields = { from: f.codes, to: t.codes };
    switch (type) {
      case 'arms_shipment': {
        const list = items.map((i) => ({ name: i.name.trim(), category: i.category })).filter((i) => i.name !== '');
        if (list.length === 0) return 'Items: name at least one item';
        out.items = list;
        break;
      }
      case 'troop_deployment': {
        const n = troops.trim() === '' ? null : Number(troops.replace(/[,\s]/g, ''));
        if (n !== null && !(Number.isInteger(n) && n >= 0)) return 'Troops: a whole number, or empty when the article gives none';
        const q = qualifier.trim().toLowerCase();
        if (q !== '' && !QUALIFIER_RE.test(q)) return 'Qualifier: a few plain words, such as “up to” or “about”';
        out.troops = n;
        out.qualifier = q === '' ? null : q;
        out.unit = unit.trim() === '' ? null : unit.trim();
        break;
      }
      case 'commitment':
        out.kind = kind;
        break;
      case 'quote':
        if (speaker.trim() === '') return 'Speaker: who said it?';
        out.speaker = speaker.trim();
        out.role = role.trim() === '' ? null : role.trim();
        if (adding) {
          if (quoteText.trim() === '') return 'Words quoted: what was said?';
          out.text = quoteText.trim();
          out.direct = direct;
        }
        break;
    }
    return out;
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const fields = collect();
    if (typeof fields === 'string') {
      setError(fields);
      return;
    }
    setError(await onSubmit(fields));
  }

  function onKeyDown(e: KeyboardEvent) {
    if (e.key === 'Escape') {
      // Escape closes the form, not the country panel behind it.
      e.preventDefault();
      e.stopPropagation();
      onCancel();
    }
  }

  const field = (name: string) => `${id}-${name}`;
  return (
    <form className="fact-form" onSubmit={(e) => void submit(e)} onKeyDown={onKeyDown} noValidate>
      {adding && (
        <div className="form-row">
          <label htmlFor={field('type')}>Type</label>
          <select id={field('type')} ref={first as RefObject<HTMLSelectElement>} value={type} onChange={(e) => onTypeChange!(e.target.value as FactType)}>
            {(Object.keys(FACT_TYPE_INFO) as FactType[]).map((t) => <option key={t} value={t}>{FACT_TYPE_INFO[t].label}</option>)}
          </select>
        </div>
      )}
      <div className="form-row">
        <label htmlFor={field('from')}>{type === 'quote' ? 'Speaker’s side' : 'From'}</label>
        <input id={field('from')} ref={adding ? undefined : (first as RefObject<HTMLInputElement>)} value={from} onChange={(e) => setFrom(e.target.value)} placeholder="Norway, NATO" autoComplete="off" />
      </div>
      <div className="form-row">
        <label htmlFor={field('to')}>{type === 'quote' ? 'About' : 'To'}</label>
        <input id={field('to')} value={to} onChange={(e) => setTo(e.target.value)} placeholder="Ukraine" autoComplete="off" />
      </div>
      {type === 'arms_shipment' && (
        <fieldset className="form-items">
          <legend>Items</legend>
          {items.map((it, i) => (
            <div className="item-row" key={i}>
              <input aria-label={`Item ${i + 1} name`} value={it.name} placeholder="NASAMS air defence missiles" onChange={(e) => setItems(items.map((x, j) => (j === i ? { ...x, name: e.target.value } : x)))} />
              <select aria-label={`Item ${i + 1} category`} value={it.category} onChange={(e) => setItems(items.map((x, j) => (j === i ? { ...x, category: e.target.value as ItemCategory } : x)))}>
                {ITEM_CATEGORIES.map((c) => <option key={c} value={c}>{c}</option>)}
              </select>
              {items.length > 1 && (
                <button type="button" className="text-button" aria-label={`Remove item ${i + 1}`} onClick={() => setItems(items.filter((_, j) => j !== i))}>Remove</button>
              )}
            </div>
          ))}
          <button type="button" className="text-button" onClick={() => setItems([...items, { name: '', category: 'other' }])}>Add item</button>
        </fieldset>
      )}
      {type === 'troop_deployment' && (
        <>
          <div className="form-row">
            <label htmlFor={field('troops')}>Troops</label>
            <input id={field('troops')} inputMode="numeric" value={troops} onChange={(e) => setTroops(e.target.value)} placeholder="empty: no figure" />
          </div>
          <div className="form-row">
            <label htmlFor={field('qualifier')}>Qualifier</label>
            <input id={field('qualifier')} value={qualifier} onChange={(e) => setQualifier(e.target.value)} placeholder="up to, about" list={field('qualifiers')} />
            <datalist id={field('qualifiers')}>{['up to', 'about', 'some', 'around', 'more than', 'nearly'].map((q) => <option key={q} value={q} />)}</datalist>
          </div>
          <div className="form-row">
            <label htmlFor={field('unit')}>Unit</label>
            <input id={field('unit')} value={unit} onChange={(e) => setUnit(e.target.value)} placeholder="battlegroup" />
          </div>
        </>
      )}
      {type === 'commitment' && (
        <div className="form-row">
          <label htmlFor={field('kind')}>Kind</label>
          <select id={field('kind')} value={kind} onChange={(e) => setKind(e.target.value as CommitmentKind)}>
            {COMMITMENT_KINDS.map((k) => <option key={k} value={k}>{k}</option>)}
          </select>
        </div>
      )}
      {type === 'quote' && (
        <>
          <div className="form-row">
            <label htmlFor={field('speaker')}>Speaker</label>
            <input id={field('speaker')} value={speaker} onChange={(e) => setSpeaker(e.target.value)} />
          </div>
          <div className="form-row">
            <label htmlFor={field('role')}>Role</label>
            <input id={field('role')} value={role} onChange={(e) => setRole(e.target.value)} placeholder="defence minister" />
          </div>
          {adding && (
            <>
              <div className="form-row">
                <label htmlFor={field('text')}>Words quoted</label>
                <textarea id={field('text')} rows={2} value={quoteText} onChange={(e) => setQuoteText(e.target.value)} />
              </div>
              <label className="check-row"><input type="checkbox" checked={direct} onChange={(e) => setDirect(e.target.checked)} /> Quoted word for word</label>
            </>
          )}
        </>
      )}
      {error && <p className="form-error" role="alert">{error}</p>}
      <div className="form-actions">
        <button type="submit" className="review-button primary">{submitLabel}</button>
        <button type="button" className="review-button" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}
