// Whether a request says a body follows, by its headers alone: app.ts closes
// the connection of an answer given before such a body was read, and
// repeat-answers.ts leaves such a GET to the framework.
export function declaresBody(headers: Record<string, string | string[] | undefined>): boolean {
  const length = headers['content-length'];
  return headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}
