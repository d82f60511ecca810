// The sizes Podscope reads before it stops: pasted text and share links are untrusted input (STYLE.md §2).
// Podscope defaults, not Kubernetes. The API server's own ceiling is etcd's request limit (about 1.5 MiB per
// object, etcd --max-request-bytes), so anything past these caps is not a pod anyone could create.

/** Longer text is refused outright, before parsing (characters, about 10 MiB of ASCII). */
export const MAX_TEXT_CHARS = 10 * 1024 * 1024;

/** Deeper YAML nesting is a syntax error (a Deployment's deepest field is about 10 levels down). */
export const MAX_NESTING_DEPTH = 100;

/**
 * How many values aliases (`*name`) may add to one document by repeating anchored content. A "billion laughs"
 * document adds 10^9 from a few lines; real manifests that reuse an anchor add a few hundred.
 */
export const MAX_ALIAS_EXPANSION = 100_000;

/** Entries built from any one YAML list; later ones are counted, not built (so not parsed into memory twice). */
export const MAX_YAML_LIST_ITEMS = 5_000;

/** Containers read from one list (initContainers or containers); the rest are left out, with a diagnostic. */
export const MAX_CONTAINERS_PER_LIST = 5_000;

/** Entries read from other lists inside one container or pod (ports, env, volumeMounts, volumes). */
export const MAX_LIST_ENTRIES = 1_000;

/** Diagnostics returned; past this, one info says how many more there were. */
export const MAX_DIAGNOSTICS = 500;

/** Skipped documents named one by one in the "skipped" info; the rest are counted. */
export const MAX_SKIPPED_NAMED = 10;
