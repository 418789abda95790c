import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { mdxToMdast, type MdastNode } from 'satteri';
import { LineCounter, parseDocument, isMap, isScalar, type Node as YamlNode } from 'yaml';
import { calloutKinds, editorialSchema, type EditorialData } from '../schemas/editorial.ts';
import type { ArticleRecord, QuoteRecord, SpeakerRecord, StoryRecord } from '../schemas/dataset.ts';
import { loadLexicons } from '../pipeline/lexicons.ts';
import {
  buildEditorialIndex, checkQuoteId, checkTarget, checkTermId, checkVariantGroup, parseTarget,
  type EditorialIndex, type TargetProblem,
} from './editorial-targets.ts';
import { editorialSlug, slugPattern } from './editorial-paths.ts';
import { readStoryIndex } from './story-index.ts';

/** One problem in an editorial file: where it is, what is wrong, and the nearest valid id. */
export interface EditorialProblem {
  /** File path relative to the working folder. */
  file: string;
  line: number;
  column: number;
  message: string;
  suggestion?: string;
}

/** A file that passed the frontmatter check, as the rest of the checks see it. */
export interface CheckedFile {
  file: string;
  data: EditorialData;
  slug: string;
}

/** Folder of the editors' files: `PARALLAX_EDITORIAL`, else `content/editorial`. */
export function editorialDir(): string {
  return process.env.PARALLAX_EDITORIAL ?? 'content/editorial';
}

/** Folder the generator writes to: `PARALLAX_GENERATED`, else `content/generated`. */
export function generatedDir(): string {
  return process.env.PARALLAX_GENERATED ?? 'content/generated';
}

/** Every `*.mdx` under `dir`, sorted, as paths joined to `dir`. */
export function listEditorialFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.toLowerCase().endsWith('.mdx'))
    .map((d) => path.join(d.parentPath, d.name))
    .sort();
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** Term ids of `terms.json`, both bare (`invaded`) and qualified (`start-of-war/invaded`). */
export function termIds(lexiconsDir: string): string[] {
  const { lexicons } = loadLexicons(lexiconsDir);
  return lexicons.terms.groups.flatMap((g) => g.terms.flatMap((t) => [t.id, `${g.id}/${t.id}`]));
}

/** Reads the generated data set (and the terms lexicon) into an index of valid ids. */
export function loadEditorialIndex(generated: string, lexiconsDir = 'content/lexicons'): EditorialIndex {
  const data = path.join(generated, 'data');
  return buildEditorialIndex({
    articles: readJson<ArticleRecord[]>(path.join(data, 'articles.json')),
    quotes: readJson<QuoteRecord[]>(path.join(data, 'quotes.json')),
    speakers: readJson<SpeakerRecord[]>(path.join(data, 'speakers.json')),
    // Ids and articles are in the light story index; stories.json (framing and all) only without one.
    stories: readStoryIndex(data) ?? readJson<StoryRecord[]>(path.join(data, 'stories.json')),
    terms: termIds(lexiconsDir),
  });
}

/** 1-based line and column of a character offset. */
function position(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

const frontmatterRe = /^\uFEFF?---\r?\n([\s\S]*?\r?\n)?---(?:\r?\n|$)/;

/** Finds where a frontmatter key's value starts, for messages that point at the right line. */
function keyPosition(source: string, yamlStart: number, doc: YamlNode | null, key: string, counter: LineCounter): { line: number; column: number } {
  if (doc !== null && isMap(doc)) {
    for (const pair of doc.items) {
      if (isScalar(pair.key) && pair.key.value === key) {
        const node = (pair.value ?? pair.key) as YamlNode;
        const offset = node.range?.[0] ?? 0;
        const { line, col } = counter.linePos(offset);
        // The YAML starts on line 2 (after `---`).
        return { line: line + position(source, yamlStart).line - 1, column: col };
      }
    }
  }
  return { line: 1, column: 1 };
}

type Check = (id: string) => TargetProblem | null;

/** Props naming ids, per component, and how each is checked. */
function componentChecks(index: EditorialIndex): Record<string, Record<string, Check>> {
  return {
    QuoteRef: { id: (id) => checkQuoteId(id, index) },
    Compare: { group: (id) => checkVariantGroup(id, index) },
    Term: { id: (id) => checkTermId(id, index) },
    Callout: {
      kind: (kind) => ((calloutKinds as readonly string[]).includes(kind) ? null : { message: `callout kind "${kind}" is not one of ${calloutKinds.join(', ')}`, suggestion: [...calloutKinds].sort((a, b) => a.localeCompare(b))[0] ?? 'note' }),
    },
  };
}

/** Props each component needs. */
const requiredProps: Record<string, string[]> = { QuoteRef: ['id'], Compare: ['group'] };

interface JsxNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: JsxNode[];
  position?: { start: { line: number; column: number } };
}

function walk(node: JsxNode, visit: (node: JsxNode) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

/** Checks one file's text: MDX syntax, frontmatter fields, target, and ids named by components. */
export function validateEditorialSource(file: string, source: string, index: EditorialIndex): { problems: EditorialProblem[]; checked?: CheckedFile } {
  const problems: EditorialProblem[] = [];
  const add = (where: { line: number; column: number }, p: TargetProblem) => problems.push({ file, ...where, ...p });

  let tree: MdastNode;
  try {
    tree = mdxToMdast(source, { position: true });
  } catch (error) {
    // The MDX parser reports "line:column: reason (rule)".
    const message = (error as Error).message;
    const m = /^(\d+):(\d+):\s*(.*)$/s.exec(message);
    problems.push({ file, line: Number(m?.[1] ?? 1), column: Number(m?.[2] ?? 1), message: `MDX syntax: ${m?.[3] ?? message}` });
    return { problems };
  }

  const fm = frontmatterRe.exec(source);
  if (fm === null) {
    problems.push({ file, line: 1, column: 1, message: 'no frontmatter: start the file with a --- block (see docs/editors.md)' });
    return { problems };
  }
  const yamlStart = fm[0].indexOf('\n') + 1;
  const counter = new LineCounter();
  const doc = parseDocument(fm[1] ?? '', { lineCounter: counter });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const { line, col } = counter.linePos(e.pos[0]);
      problems.push({ file, line: line + 1, column: col, message: `frontmatter is not valid YAML: ${e.message.split('\n')[0] ?? ''}` });
    }
    return { problems };
  }
  const parsed = editorialSchema.safeParse(doc.toJS() ?? {});
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? '');
      add(keyPosition(source, yamlStart, doc.contents, key, counter), { message: `frontmatter field "${key || '(top level)'}": ${issue.message}` });
    }
    return { problems };
  }
  const data = parsed.data;
  if (data.target !== undefined) {
    const target = parseTarget(data.target);
    const where = keyPosition(source, yamlStart, doc.contents, 'target', counter);
    if (target === null) add(where, { message: `target "${data.target}" is not of the form kind:id` });
    else {
      const problem = checkTarget(target, index);
      if (problem !== null) {
        add(where, { message: `target ${problem.message}`, ...(problem.suggestion === undefined ? {} : { suggestion: `${target.kind}:${problem.suggestion}` }) });
      }
    }
  }
  const slug = editorialSlug(file, data.slug);
  if (!slugPattern.test(slug)) {
    add({ line: 1, column: 1 }, { message: `file name "${path.basename(file)}" is not a valid slug: rename it (lowercase letters, digits, hyphens) or set "slug"`, suggestion: slug.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') });
  }

  const checks = componentChecks(index);
  walk(tree as unknown as JsxNode, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const name = node.name ?? '';
    const where = { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
    const props = new Map((node.attributes ?? []).flatMap((a) => (a.type === 'mdxJsxAttribute' && a.name !== undefined ? [[a.name, a.value]] : [])));
    for (const prop of requiredProps[name] ?? []) {
      if (!props.has(prop)) add(where, { message: `<${name}> needs a ${prop}="…" prop` });
    }
    for (const [prop, check] of Object.entries(checks[name] ?? {})) {
      const value = props.get(prop);
      if (value === undefined) continue;
      if (typeof value !== 'string') {
        add(where, { message: `<${name} ${prop}> must be a plain string in quotes, not an expression` });
        continue;
      }
      const problem = check(value);
      if (problem !== null) add(where, { message: `<${name} ${prop}="${value}">: ${problem.message}`, ...(problem.suggestion === undefined ? {} : { suggestion: problem.suggestion }) });
    }
    if (name === 'Term' && !props.has('id') && !props.has('definition')) add(where, { message: '<Term> needs an id="…" from terms.json or a definition="…"' });
  });
  return { problems, checked: { file, data, slug } };
}

/** Slugs must be unique per URL space: guides, essays, and note anchors. */
function duplicateSlugs(files: CheckedFile[]): EditorialProblem[] {
  const seen = new Map<string, string>();
  const problems: EditorialProblem[] = [];
  for (const f of files) {
    const key = `${f.data.kind}:${f.slug}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, f.file);
    else problems.push({ file: f.file, line: 1, column: 1, message: `slug "${f.slug}" is already used by ${first}: set a different "slug" or rename the file` });
  }
  return problems;
}

/** Validates every editorial file in `dir` against the index; returns all problems, in file order. */
export function validateEditorialDir(dir: string, index: EditorialIndex): { problems: EditorialProblem[]; files: CheckedFile[] } {
  const problems: EditorialProblem[] = [];
  const files: CheckedFile[] = [];
  for (const full of listEditorialFiles(dir)) {
    const file = path.relative(process.cwd(), full) || full;
    const result = validateEditorialSource(file.split(path.sep).join('/'), readFileSync(full, 'utf8'), index);
    problems.push(...result.problems);
    if (result.checked !== undefined) files.push(result.checked);
  }
  problems.push(...duplicateSlugs(files));
  return { problems, files };
}

/** One line per problem, like a compiler: `file:line:column  message — did you mean "…"?` */
export function formatEditorialProblem(p: EditorialProblem): string {
  const hint = p.suggestion === undefined ? '' : ` — did you mean "${p.suggestion}"?`;
  return `${p.file}:${p.line}:${p.column}  ${p.message}${hint}`;
}
