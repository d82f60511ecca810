// Every message loadPod can give, in one table: what is wrong, then how to fix it, in plain words (DESIGN.md).
// Field names and values are set in `backticks`, as the editor shows them.

const list = (values: readonly string[]) => values.map((v) => `\`${v}\``).join(', ');
const show = (value: unknown): string => {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
};

/** Text cut at `max` characters, with an ellipsis when it was cut. */
const cutAt = (s: string, max: number): string => (s.length > max ? `${s.slice(0, max)}…` : s);

/** Names and values from the text, cut short: a hostile key may be a megabyte long. One argument: `list.map(short)`. */
export const short = (value: unknown): string => cutAt(String(value), 60);

export const messages = {
  // The text as a whole
  emptyText: () => 'The text is empty. Paste a pod spec (YAML or JSON), or pick a preset.',
  textTooLong: (chars: number, max: number) =>
    `The text is ${Math.round(chars / 1024)} KiB long; Podscope reads at most ${Math.round(max / 1024)} KiB. ` +
    'Paste only the manifest that holds your pod.',
  syntaxError: (reason: string) => {
    if (/tab/i.test(reason)) return 'YAML does not allow tabs for indentation. Indent with spaces instead.';
    if (/maxDepth|nesting/i.test(reason))
      return 'The YAML is nested too deeply to be a pod spec (more than 100 levels). Check for runaway brackets or indentation.';
    if (/null byte|non-printable|special characters/i.test(reason))
      return 'The text contains characters YAML does not allow (binary data?). Paste the manifest as plain text.';
    // js-yaml's reason may quote the text (e.g. a tag name): cut it, leaving room for js-yaml's own words.
    return `The YAML cannot be read: ${cutAt(reason, 200)}. Check the indentation and the brackets or quotes around this point.`;
  },
  readUpTo: (line: number) =>
    `Podscope shows the pod as read from the lines before line ${line}; fix the syntax error to check the rest.`,
  unexpected: (error: string) =>
    `Podscope failed while reading this spec (${error}). This is a bug in Podscope; the text may still be valid.`,
  tooManyDiagnostics: (more: number) => `${more} more problems are not listed. Fix the ones above first.`,

  // YAML features
  duplicateKey: (key: string) =>
    `\`${short(key)}\` is given twice in the same mapping; Kubernetes rejects that. Keep one of them (Podscope uses the last).`,
  unsafeKey: (key: string) =>
    `\`${short(key)}\` is not a Kubernetes field, and Podscope ignores it because it could tamper with JavaScript objects. Remove it.`,
  complexKey: () => 'A list or mapping cannot be used as a key in Kubernetes YAML; Podscope ignores this entry. Use a plain name as the key.',
  unknownAlias: (name: string) => `The alias \`*${short(name)}\` refers to no anchor \`&${short(name)}\` above it. Define the anchor first, or write the value out.`,
  recursiveAlias: (name: string) => `The alias \`*${short(name)}\` is inside its own anchor, which would never end. Write the value out instead.`,
  aliasBomb: (max: number) =>
    `The aliases in this document repeat more than ${max.toLocaleString('en')} values (a "billion laughs" pattern), ` +
    'so Podscope does not read this document. Write the repeated parts out, or use fewer nested aliases.',
  badMerge: () => 'A merge key `<<` must point at a mapping or a list of mappings, e.g. `<<: *defaults`.',
  tagIgnored: (tag: string) => `The tag \`${short(tag)}\` means nothing to Kubernetes; Podscope ignores it. Remove it.`,

  // Documents and workload kinds
  noPodTemplate: (found: readonly string[], accepted: readonly string[]) =>
    `No pod template found${found.length ? ` (found ${found.join(', ')})` : ''}. ` +
    `Podscope reads a pod from ${list(accepted)}, or a \`kind: List\` of them. Paste a manifest of one of those kinds.`,
  skippedDocuments: (used: string, skipped: readonly string[], more: number) =>
    `This text holds several documents; Podscope shows the pod from ${used} and skipped ${skipped.join(', ')}` +
    `${more > 0 ? ` and ${more} more` : ''}. Put the pod you want to see first.`,
  skippedListItems: (used: number, total: number) =>
    `This List holds ${total} items; Podscope shows the pod from item ${used + 1} and skipped the others.`,
  kindMissing: () => 'The document has no `kind`; Podscope reads it as a Pod. Add `kind: Pod` (and `apiVersion: v1`).',
  bareSpec: () => 'This looks like a bare pod spec; Podscope reads it as a Pod\'s `spec`. Wrap it as `kind: Pod` with `spec:`.',
  templateNotMapping: (field: string) => `\`${short(field)}\` must be a mapping that holds the pod template (\`metadata\` and \`spec\`).`,

  // Fields and types
  unknownField: (field: string, where: string, suggestion: string | null) =>
    `\`${short(field)}\` is not a field of ${short(where)}${suggestion ? `; did you mean \`${suggestion}\`?` : '.'} ` +
    (suggestion ? 'Kubernetes would reject or ignore it as written.' : 'Check the spelling and the indentation.'),
  wrongType: (field: string, expected: string, got: unknown, example: string) =>
    `\`${short(field)}\` must be ${expected}, not ${show(got)}. Write it like \`${cutAt(example, 100)}\`` +
    (typeof got === 'boolean' && expected.includes('string')
      ? ' (YAML reads unquoted yes, no, on, off, y and n as true or false: quote the word you mean).'
      : '.'),
  metadataNotMapping: (got: unknown) =>
    `\`metadata\` must be a mapping, not ${show(got)}: write \`metadata: {name: ${typeof got === 'string' || typeof got === 'number' ? short(got) : 'my-pod'}}\`` +
    ` (or \`name: …\` indented on the next line). Kubernetes rejects the spec as written${typeof got === 'string' ? `; Podscope uses \`${short(got)}\` as the pod's name` : ''}.`,
  entryNotMapping: (listName: string) => `Each entry of \`${listName}\` must be a mapping (\`- name: …\`); Podscope skips this one.`,
  listTruncated: (listName: string, total: number, kept: number) =>
    `\`${short(listName)}\` has ${total.toLocaleString('en')} entries; Podscope reads the first ${kept.toLocaleString('en')} and leaves the rest out.`,

  // Containers (pkg/apis/core/validation/validation.go)
  noContainers: () => 'A pod needs at least one container in `spec.containers`. Add one with a `name` and an `image`.',
  containerNameMissing: (listName: string, index: number) =>
    `Entry ${index + 1} of \`${listName}\` has no \`name\`. Add one, e.g. \`name: app\` (lower-case letters, digits and '-').`,
  dns1123Label: (what: string, name: string) =>
    `${what} \`${short(name)}\` is not a valid name: use at most 63 lower-case letters, digits and '-', starting and ending with a letter or digit (e.g. \`${suggestLabel(name)}\`).`,
  containerNameDuplicate: (name: string) =>
    `Two containers are named \`${short(name)}\`; names must be unique across \`initContainers\` and \`containers\`. Rename one (Podscope leaves this one out).`,
  imageMissing: (name: string) => `Container \`${short(name)}\` has no \`image\`. Add one, e.g. \`image: busybox:1.36\`.`,
  imagePullPolicyInvalid: (value: string) =>
    `\`imagePullPolicy: ${short(value)}\` is not supported; use \`Always\`, \`IfNotPresent\` or \`Never\`.`,
  podRestartPolicyInvalid: (value: string) =>
    `\`restartPolicy: ${short(value)}\` is not supported; a pod's restartPolicy is \`Always\`, \`OnFailure\` or \`Never\`. Podscope uses \`Always\`.`,
  restartPolicyForKind: (kind: string, value: string, allowed: readonly string[], defaulted: boolean) =>
    allowed.length === 1
      ? `A ${kind} keeps its pods running, so its pod template's \`restartPolicy\` must be \`${allowed[0]}\`, not \`${short(value)}\`. Remove the field or set it to \`${allowed[0]}\`.`
      : `A ${kind}'s pod template must set \`restartPolicy\` to ${list(allowed)}, not \`${short(value)}\`${defaulted ? ' (the default when it is left out)' : ''}. Add \`restartPolicy: ${allowed[0]}\`.`,
  containerRestartPolicyOnApp: (name: string) =>
    `\`restartPolicy\` on container \`${short(name)}\` is only allowed on init containers (as \`Always\`, which makes a sidecar). ` +
    'Move the container to `initContainers`, or remove the field and use the pod\'s `restartPolicy`.',
  containerRestartPolicyValue: (value: string) =>
    `An init container's \`restartPolicy\` can only be \`Always\` (a native sidecar), not \`${short(value)}\`. Use \`Always\` or remove it.`,
  initContainerField: (name: string, field: string) =>
    `Init container \`${short(name)}\` may not have \`${short(field)}\`: it runs to completion before the app starts. ` +
    'Remove it, or add `restartPolicy: Always` to make it a sidecar, which may.',

  envNameMissing: () => 'An environment variable needs a `name`, e.g. `- name: MODE` with `value: prod`.',
  envDuplicate: (name: string) =>
    `\`${short(name)}\` is set twice in this container's \`env\`; the container sees only the later value, and \`kubectl apply\` may drop one. Keep one.`,

  // Probes and hooks
  probeHandlerCount: (probe: string, found: readonly string[]) =>
    found.length === 0
      ? `\`${short(probe)}\` needs one check: \`exec\`, \`httpGet\`, \`tcpSocket\` or \`grpc\` (e.g. \`httpGet: {path: /healthz, port: 8080}\`).`
      : `\`${short(probe)}\` has ${found.length} checks (${list(found)}); a probe takes exactly one. Keep one of them.`,
  hookHandlerCount: (hook: string, found: readonly string[]) =>
    found.length === 0
      ? `\`${short(hook)}\` needs one action: \`exec\`, \`httpGet\`, \`tcpSocket\` or \`sleep\` (e.g. \`exec: {command: [sh, -c, 'echo hi']}\`).`
      : `\`${short(hook)}\` has ${found.length} actions (${list(found)}); a hook takes exactly one. Keep one of them.`,
  execCommandMissing: (where: string) =>
    `\`exec\` in \`${short(where)}\` needs a \`command\` to run, e.g. \`exec: {command: [cat, /tmp/healthy]}\`.`,
  schemeInvalid: (value: string) => `\`scheme: ${short(value)}\` is not supported; use \`HTTP\` (the default) or \`HTTPS\`.`,
  negative: (field: string, value: number) => `\`${short(field)}\` is ${short(value)}; it must be 0 or more.`,
  zeroMeansDefault: (field: string, defaultValue: number) =>
    `\`${short(field)}: 0\` means "use the default", so Kubernetes uses ${defaultValue}. Write \`${short(field)}: ${defaultValue}\` to say so, or a positive number.`,
  successThresholdNotOne: (probe: string, value: number) =>
    `\`successThreshold\` of a ${short(probe)} must be 1, not ${short(value)}. Set it to 1 or remove it.`,
  portOutOfRange: (field: string, value: number, min: number) =>
    `\`${short(field)}: ${short(value)}\` is out of range; it must be between ${min} and 65535.`,
  handlerPortMissing: (handler: string) => `\`${short(handler)}\` needs a \`port\`: a number, or the name of a port of this container (e.g. \`port: 8080\`).`,

  // Ports
  containerPortMissing: () => 'A port needs a `containerPort` (a number between 1 and 65535), e.g. `- containerPort: 8080`.',
  protocolInvalid: (value: string) => `\`protocol: ${short(value)}\` is not supported; use \`TCP\` (the default), \`UDP\` or \`SCTP\`.`,
  portNameInvalid: (name: string, why: string) =>
    `Port name \`${short(name)}\` ${why}. Port names are at most 15 lower-case letters, digits and '-', with at least one letter (e.g. \`http\`).`,
  portNameDuplicate: (name: string) => `Port name \`${short(name)}\` is used twice in this container; names must be unique. Rename one.`,
  portDeclaredTwice: (port: number, protocol: string) =>
    `Port ${port}/${protocol} is declared twice in this container. Remove one of the two entries.`,
  portReusedAfterInit: (port: number, protocol: string, first: string) =>
    `Port ${port}/${protocol} is also declared by \`${short(first)}\`. Kubernetes warns about it; here they do not clash, ` +
    'because a regular init container has exited before the next container starts. Declare it only where it is served.',
  portConflict: (port: number, protocol: string, first: string) =>
    `Port ${port}/${protocol} is also declared by container \`${short(first)}\`. Containers in a pod share one network namespace, ` +
    'so only one of them can listen on it: the other fails to bind. Give one container a different port.',

  // The podscope.io/roles annotation (Podscope's own; role-annotation.ts)
  roleEntryForm: (entry: string) =>
    `\`${short(entry)}\` in \`podscope.io/roles\` is not of the form name=role. Write it like \`proxy=ambassador\`, entries separated by commas.`,
  roleEntryNoContainer: (name: string, names: readonly string[]) =>
    `\`podscope.io/roles\` names \`${short(name)}\`, but no container is called that` +
    (names.length ? `; the containers are ${list(names.slice(0, 10).map(short))}${names.length > 10 ? ' …' : ''}.` : '.') +
    ' Fix the name or remove the entry (Podscope ignores it).',
  roleEntryNotARole: (role: string, kind: 'init' | 'sidecar' | 'app') =>
    `\`${short(role)}\` is not a role Podscope knows; use ` +
    (kind === 'init' ? '`init` (an init container stays one)' : kind === 'sidecar' ? '`sidecar`, `ambassador` or `adapter`' : '`main`, `sidecar`, `ambassador` or `adapter`') +
    '. Podscope ignores this entry.',
  roleEntryInitStaysInit: (name: string, asked: string) =>
    `\`${short(name)}\` is an init container: it runs to completion before the app containers start, so ` +
    (asked === 'main'
      ? 'it cannot be the main container. Move it to `containers`, or remove the entry.'
      : `its role stays init. Give it \`restartPolicy: Always\` to make it a native sidecar that can be \`${short(asked)}\`, or remove the entry.`),
  roleEntryNotInit: (name: string) =>
    `\`${short(name)}\` is not in \`initContainers\`, so the annotation cannot make it an init container. Move it there, or give it another role.`,
  roleEntrySidecarNotMain: (name: string) =>
    `\`${short(name)}\` is a native sidecar (an init container with \`restartPolicy: Always\`), so it cannot be the main container. ` +
    'Use `sidecar`, `ambassador` or `adapter`, or move it to `containers`.',
  roleEntryTwice: (name: string, first: string, last: string) =>
    `\`podscope.io/roles\` gives \`${short(name)}\` a role twice (\`${short(first)}\`, then \`${short(last)}\`); Podscope uses the last. Remove one entry.`,

  // Volumes and mounts
  volumeMountNameMissing: () => 'A volume mount needs the `name` of a volume in `spec.volumes`.',
  volumeMountUnknownVolume: (name: string, declared: readonly string[]) =>
    `No volume named \`${short(name)}\` is declared in \`spec.volumes\`. ` +
    (declared.length ? `Mount one that is (${list(declared.slice(0, 10).map((n) => short(n)))}), or declare it` : 'Declare it') +
    `, e.g. \`volumes: [{name: ${short(name)}, emptyDir: {}}]\`.`,
  mountPathMissing: () => 'A volume mount needs a `mountPath`, the absolute path where the volume appears, e.g. `/data`.',
  mountPathNotAbsolute: (path: string) => `\`mountPath: ${short(path)}\` must be an absolute path; write \`/${short(path.replace(/^\.?\/*/, ''))}\`.`,
  mountPathRepeated: (path: string) => `\`${short(path)}\` is mounted twice in this container; each mountPath must be unique. Remove or move one.`,
  volumeNameMissing: () => 'A volume needs a `name`, e.g. `- name: shared-data`.',
  volumeNameDuplicate: (name: string) => `Two volumes are named \`${short(name)}\`; volume names must be unique. Rename one.`,
  volumeSourceCount: (name: string, found: readonly string[]) =>
    found.length === 0
      ? `Volume \`${short(name)}\` has no type; add one, e.g. \`emptyDir: {}\`.`
      : `Volume \`${short(name)}\` has ${found.length} types (${list(found)}); a volume has exactly one. Keep one of them.`,
} as const;

function suggestLabel(name: string): string {
  const s = name.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 63).replace(/-+$/, '');
  return s || 'app';
}
