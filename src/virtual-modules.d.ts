// Modules made at build time by scripts/vite/presets-plugin.ts: the preset and lesson files, already read.
declare module 'virtual:podscope-presets' {
  const presets: import('./core/presets/preset-types').Preset[];
  export default presets;
}
declare module 'virtual:podscope-lessons' {
  const steps: import('./core/presets/lesson-types').LessonStep[];
  export default steps;
}
