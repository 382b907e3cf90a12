/** Where a reviewer pastes an editor token; judgements need one, reading does not. */
import { useState } from 'react';

export interface TokenFieldProps {
  token: string;
  onChange(token: string): void;
}

export function TokenField({ token, onChange }: TokenFieldProps) {
  const [draft, setDraft] = useState(token);
  return (
    <form
      className="token-field"
      onSubmit={(event) => {
        event.preventDefault();
        onChange(draft.trim());
      }}
    >
      <label>
        Editor token{' '}
        <input
          type="password"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          autoComplete="off"
          placeholder="paste to judge"
        />
      </label>
      <button type="submit">{token ? 'Change' : 'Use'}</button>
      <span className="muted">{token ? 'kept for this tab' : 'none: read only'}</span>
    </form>
  );
}
