/** "a", "a or b", "a, b or c": lists in the lifter-facing messages. */
export function orList(xs: string[]): string {
  return xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} or ${xs.at(-1)!}`;
}
