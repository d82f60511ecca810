// The end of every switch over a discriminated union in core: a new variant fails to compile where it is not handled.
export function assertNever(value: never): never {
  throw new Error(`Unhandled variant: ${JSON.stringify(value)}`);
}
