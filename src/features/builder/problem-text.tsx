// A validator message under a field, with its `backticked` names set as code, as the editor shows them.
export function ProblemText({ id, message }: { id: string; message: string }) {
  const parts = message.split('`');
  return (
    <p className="builder-field__error" id={id}>
      {parts.map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : <span key={i}>{part}</span>))}
    </p>
  );
}
