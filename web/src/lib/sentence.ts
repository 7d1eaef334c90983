// A field message as the server words it ("must be at most 100") shown as a
// sentence under the field ("Must be at most 100."), so the phone's own check
// and the server's read the same.
export function asSentence(message: string): string {
  const s = `${message[0]?.toUpperCase() ?? ''}${message.slice(1)}`;
  return /[.!?]$/.test(s) ? s : `${s}.`;
}
