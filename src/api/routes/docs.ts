// The OpenAPI 3.1 document (generated from the same zod schemas that validate)
// and a plain readable page of it, with no third-party UI to load.
import type { App } from '../app.js';

type Doc = {
  info: { title: string; version: string; description?: string };
  paths: Record<string, Record<string, { summary?: string; tags?: string[]; parameters?: { name: string; in: string; required?: boolean; schema?: unknown; description?: string }[]; requestBody?: { content?: Record<string, { schema?: unknown }> }; responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> }>>;
};

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const json = (v: unknown) => `<pre>${esc(JSON.stringify(v, null, 2))}</pre>`;

export function renderDocs(doc: Doc): string {
  const groups = new Map<string, string[]>();
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const tag = op.tags?.[0] ?? 'other';
      const params = (op.parameters ?? []).map((p) => `<li><code>${esc(p.name)}</code> (${p.in}${p.required ? ', required' : ''})${p.description ? ` — ${esc(p.description)}` : ''}</li>`).join('');
      const body = op.requestBody?.content?.['application/json']?.schema;
      const ok = Object.entries(op.responses ?? {}).find(([code]) => code.startsWith('2'));
      const html = `<section><h3><span class="m ${method}">${method.toUpperCase()}</span> <code>${esc(path)}</code></h3>
<p>${esc(op.summary ?? '')}</p>${params ? `<ul>${params}</ul>` : ''}
${body ? `<details><summary>Request body</summary>${json(body)}</details>` : ''}
${ok?.[1].content ? `<details><summary>Response ${ok[0]}</summary>${json(ok[1].content['application/json']?.schema)}</details>` : ''}
<p class="codes">Answers: ${Object.keys(op.responses ?? {}).join(', ')}</p></section>`;
      groups.set(tag, [...(groups.get(tag) ?? []), html]);
    }
  }
  const sections = [...groups].map(([tag, items]) => `<h2 id="${esc(tag)}">${esc(tag)}</h2>${items.join('\n')}`).join('\n');
  const toc = [...groups.keys()].map((t) => `<a href="#${esc(t)}">${esc(t)}</a>`).join(' · ');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(doc.info.title)}</title><style>
body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1f24}
@media (prefers-color-scheme:dark){body{background:#14171a;color:#e6e6e6}pre{background:#1f2428!important}}
h2{border-bottom:1px solid #8884;margin-top:2.5rem;text-transform:capitalize}section{margin:1.2rem 0}
pre{background:#f4f5f7;padding:.6rem;overflow:auto;font-size:13px;border-radius:6px}
.m{font:bold 12px monospace;padding:2px 6px;border-radius:4px;color:#fff;background:#555}.get{background:#2f7d32}.post{background:#1565c0}.put{background:#ef6c00}.patch{background:#6a1b9a}.delete{background:#c62828}
.codes{color:#888;font-size:13px}</style></head><body>
<h1>${esc(doc.info.title)} <small>${esc(doc.info.version)}</small></h1><p>${esc(doc.info.description ?? '')}</p>
<p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1). Sections: ${toc}</p>${sections}</body></html>`;
}

export function registerDocsRoutes(app: App): void {
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  app.get('/api/docs', { schema: { hide: true } }, async (_req, reply) => reply.type('text/html; charset=utf-8').send(renderDocs(app.swagger() as unknown as Doc)));
}
