// A lesson step: one idea of the article, the preset that shows it, and what to try.
import type { ArticleSectionId } from './article-sections';

export interface LessonStep {
  section: ArticleSectionId;
  title: string;
  /** The preset the step loads. */
  preset: string;
  /** A short explanation in Podscope's own words. */
  text: string;
  /** One or two "try this" prompts. */
  tryThis: string[];
}
