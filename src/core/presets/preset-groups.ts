// Presets in the order a reader meets them: grouped by the article's sections, in reading order, then by their
// `order` within a section, then by title.
import { ARTICLE_SECTIONS, sectionOrder } from './article-sections';
import type { Preset } from './preset-types';

export interface PresetGroup {
  section: string;
  title: string;
  presets: Preset[];
}

export function sortPresets(presets: readonly Preset[]): Preset[] {
  return [...presets].sort((a, b) =>
    sectionOrder(a.section) - sectionOrder(b.section)
    || (a.order ?? Infinity) - (b.order ?? Infinity)
    || a.title.localeCompare(b.title));
}

export function groupPresets(presets: readonly Preset[]): PresetGroup[] {
  const sorted = sortPresets(presets);
  return ARTICLE_SECTIONS
    .map((s) => ({ section: s.id, title: s.title, presets: sorted.filter((p) => p.section === s.id) }))
    .filter((g) => g.presets.length > 0);
}
