/**
 * A search box that picks one entity: typo-tolerant results from the `search` query as you
 * type, arrow keys and Enter to choose. Used for the main search and the path finder's target.
 */
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { runQuery } from '../shared/graphqlFetch';
import { entityTypeStyle } from './entityTypes';
import { SEARCH, type EntityRef, type SearchResult } from './queries';
import { useAsync } from './useAsync';

function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

export interface EntityPickerProps {
  label: string;
  placeholder: string;
  onPick(entity: EntityRef): void;
  autoFocus?: boolean;
}

export function EntityPicker({ label, placeholder, onPick, autoFocus }: EntityPickerProps) {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const query = useDebounced(text.trim(), 180);
  const results = useAsync(query ? () => runQuery<SearchResult>(SEARCH, { query }) : undefined, [query]);
  const hits = results.status === 'done' ? results.value.search.edges.map((edge) => edge.node) : [];

  const pick = (entity: EntityRef | undefined) => {
    if (!entity) return;
    setText(entity.name);
    setOpen(false);
    onPick(entity);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') setActive((index) => Math.min(index + 1, hits.length - 1));
    else if (event.key === 'ArrowUp') setActive((index) => Math.max(index - 1, 0));
    else if (event.key === 'Enter') pick(hits[active]);
    else if (event.key === 'Escape') setOpen(false);
    else return;
    event.preventDefault();
  };

  return (
    <div className="picker">
      <input
        type="search"
        aria-label={label}
        aria-controls={listId}
        aria-expanded={open}
        role="combobox"
        placeholder={placeholder}
        value={text}
        autoFocus={autoFocus}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {open && query !== '' && (
        <ul className="picker-results" id={listId} role="listbox" aria-label={`${label} results`}>
          {results.status === 'loading' && <li className="picker-note">Searching…</li>}
          {results.status === 'failed' && <li className="picker-note error">{results.error}</li>}
          {results.status === 'done' && hits.length === 0 && <li className="picker-note">Nothing matches “{query}”.</li>}
          {hits.map((hit, index) => (
            <li
              key={hit.id}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'active' : undefined}
              // mousedown, not click: it fires before the input's blur closes the list.
              onMouseDown={(event) => {
                event.preventDefault();
                pick(hit);
              }}
              onMouseEnter={() => setActive(index)}
            >
              <span className="dot" style={{ background: entityTypeStyle(hit.type).color }} />
              <span className="picker-name">{hit.name}</span>
              <span className="picker-type">{entityTypeStyle(hit.type).label}</span>
              {hit.description && <span className="picker-description">{hit.description}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
