// The colour theme the user chose: the system's (no attribute), or light or dark as data-theme on <html>,
// kept in localStorage so the next visit opens the same way. theme.css reads the attribute.
export type ThemeChoice = 'system' | 'light' | 'dark';

const KEY = 'podscope-theme';

export function storedTheme(): ThemeChoice {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system'; // storage blocked (a sandboxed iframe, private mode)
  }
}

export function applyTheme(choice: ThemeChoice): void {
  const root = document.documentElement;
  if (choice === 'system') delete root.dataset.theme;
  else root.dataset.theme = choice;
}

export function saveTheme(choice: ThemeChoice): void {
  applyTheme(choice);
  try {
    if (choice === 'system') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, choice);
  } catch {
    // Not kept, but applied for this visit.
  }
}
