// The left column's two views of one spec text: "YAML" (the editor) and "Form" (the builder). The editor stays
// mounted, so it keeps its state and its undo history while the form is shown (WAI-ARIA tabs pattern); the form is
// rendered only while shown, since it derives everything from the store and a 5 MiB paste would give it
// tens of thousands of inputs.
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

const TABS = ['YAML', 'Form'] as const;
type Tab = (typeof TABS)[number];

export function SpecTabs({ yaml, form }: { yaml: ReactNode; form: ReactNode }) {
  const [active, setActive] = useState<Tab>('YAML');
  const id = useId();
  const tabRefs = useRef<Record<Tab, HTMLButtonElement | null>>({ YAML: null, Form: null });

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const i = TABS.indexOf(active);
    const next = e.key === 'ArrowRight' ? TABS[(i + 1) % TABS.length] : e.key === 'ArrowLeft' ? TABS[(i + TABS.length - 1) % TABS.length] : e.key === 'Home' ? TABS[0] : e.key === 'End' ? TABS[TABS.length - 1] : undefined;
    if (!next) return;
    e.preventDefault();
    setActive(next);
    tabRefs.current[next]?.focus();
  };

  const panel = (tab: Tab, content: ReactNode) => (
    <div role="tabpanel" id={`${id}-${tab}-panel`} aria-labelledby={`${id}-${tab}-tab`} hidden={active !== tab} className="spec-tabs__panel">
      {tab === 'YAML' || active === tab ? content : null}
    </div>
  );
  return (
    <div className="spec-tabs">
      <div role="tablist" aria-label="Pod spec views" className="spec-tabs__list" onKeyDown={onKeyDown}>
        {TABS.map((tab) => (
          <button
            key={tab}
            ref={(el) => {
              tabRefs.current[tab] = el;
            }}
            type="button"
            role="tab"
            id={`${id}-${tab}-tab`}
            aria-selected={active === tab}
            aria-controls={`${id}-${tab}-panel`}
            tabIndex={active === tab ? 0 : -1}
            onClick={() => setActive(tab)}
            className="spec-tabs__tab"
          >
            {tab}
          </button>
        ))}
      </div>
      {panel('YAML', yaml)}
      {panel('Form', form)}
    </div>
  );
}
