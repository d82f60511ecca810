// The sections of the article Podscope is embedded in (shared/article), in reading order: presets are grouped by
// them and the lessons walk through them. Titles are Podscope's own headings for each idea.

export const ARTICLE_SECTIONS = [
  { id: 'article', title: "The article's example" },
  { id: 'share', title: 'They share things' },
  { id: 'stay-alive', title: 'Both containers must stay alive' },
  { id: 'init', title: 'Init containers are the exception' },
  { id: 'sidecar', title: 'The sidecar pattern' },
  { id: 'ambassador', title: 'The ambassador pattern' },
  { id: 'adapter', title: 'The adapter pattern' },
  { id: 'beyond', title: 'Beyond the article: probes and deletion' },
] as const;

export type ArticleSectionId = (typeof ARTICLE_SECTIONS)[number]['id'];

const SECTION_IDS: ReadonlySet<string> = new Set(ARTICLE_SECTIONS.map((s) => s.id));

export function isArticleSectionId(x: unknown): x is ArticleSectionId {
  return typeof x === 'string' && SECTION_IDS.has(x);
}

/** Position of a section in reading order (unknown ids last). */
export function sectionOrder(id: string): number {
  const i = ARTICLE_SECTIONS.findIndex((s) => s.id === id);
  return i < 0 ? ARTICLE_SECTIONS.length : i;
}

export function sectionTitle(id: string): string {
  return ARTICLE_SECTIONS.find((s) => s.id === id)?.title ?? id;
}
