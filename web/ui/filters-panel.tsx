import { type ReactNode, useId, useState } from "react";

/** Props of FiltersPanel. */
export interface FiltersPanelProps {
  /** How many filters are set: the toggle counts them, and a "clear" button shows when there are any. */
  activeCount: number;
  onClear: () => void;
  /** The texts, translated by the caller; `showActive` is given the count. */
  texts: { title: string; hide: string; show: string; showActive: (count: number) => string; clear: string };
  /** The filters (or their loading and error states). */
  children: ReactNode;
}

/**
 * A directory's filters beside its results: a titled aside whose panel a button shows and hides on narrow screens
 * (the stylesheet keeps it open on wide ones), with a button that clears every filter.
 */
export function FiltersPanel({ activeCount, onClear, texts, children }: FiltersPanelProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <aside className="directory__filters" aria-labelledby={`${id}-heading`}>
      <div className="directory__filters-head">
        <h2 id={`${id}-heading`} className="section-title">
          {texts.title}
        </h2>
        <button
          type="button"
          className="button directory__filters-toggle"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen((current) => !current)}
        >
          {open ? texts.hide : activeCount > 0 ? texts.showActive(activeCount) : texts.show}
        </button>
      </div>
      <div id={id} className="directory__filters-panel" data-open={open}>
        {activeCount > 0 && (
          <button type="button" className="button button--link" onClick={onClear}>
            {texts.clear}
          </button>
        )}
        {children}
      </div>
    </aside>
  );
}
