import { useEffect, useRef } from 'preact/hooks';

interface Props {
  question: string;
  yes: string;
  no: string;
  onYes: () => void;
  onNo: () => void;
}

/** An inline confirmation: focus lands on the safe answer, Escape says no. */
export function Confirm({ question, yes, no, onYes, onNo }: Props) {
  const safe = useRef<HTMLButtonElement>(null);
  useEffect(() => safe.current?.focus(), []);
  return (
    <div
      class="notice"
      role="alertdialog"
      aria-label={question}
      onKeyDown={(event) => event.key === 'Escape' && onNo()}
    >
      <p>{question}</p>
      <div class="row">
        <button type="button" class="btn" onClick={onYes}>
          {yes}
        </button>
        <button type="button" class="btn primary" ref={safe} onClick={onNo}>
          {no}
        </button>
      </div>
    </div>
  );
}
