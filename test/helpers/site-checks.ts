// Whole-site checks over a built dist/: every page valid HTML, every internal link and anchor resolving,
// nothing inline that a Content-Security-Policy would have to allow.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as cheerio from 'cheerio';
import { HtmlValidate } from 'html-validate';
import htmlValidateConfig from '../../.htmlvalidate.mjs';
import { breathe } from './breathe.ts';

/** Every file under the site, as URL paths (`/papers/56-1/index.html`). */
export function builtFiles(siteDir: string): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(`/${relative(siteDir, path).split(sep).join('/')}`);
    }
  };
  walk(siteDir);
  return files;
}

/** URL paths of the built HTML pages (`/papers/56-1/`, `/404.html`). */
export function builtPages(siteDir: string): string[] {
  return builtFiles(siteDir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => (file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file));
}

function fileOfPage(siteDir: string, urlPath: string): string {
  return join(siteDir, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
}

/** html-validate's findings (with the committed .htmlvalidate.mjs) as `page line:column rule: message`. */
export async function htmlValidationErrors(siteDir: string, pages: readonly string[] = builtPages(siteDir)): Promise<string[]> {
  const validator = new HtmlValidate(htmlValidateConfig);
  const errors: string[] = [];
  for (const [i, page] of pages.entries()) {
    if (i % 10 === 0) await breathe();
    const report = await validator.validateString(readFileSync(fileOfPage(siteDir, page), 'utf8'), page);
    for (const result of report.results) {
      for (const message of result.messages) {
        errors.push(`${page} ${message.line}:${message.column} ${message.ruleId}: ${message.message} (${message.selector ?? ''})`);
      }
    }
  }
  return errors;
}

interface LinkTarget {
  page: string;
  attribute: string;
  url: string;
}

const LINKING_ATTRIBUTES = [
  ['a', 'href'],
  ['link', 'href'],
  ['script', 'src'],
  ['img', 'src'],
  ['form', 'action'],
] as const;

function linksOf(siteDir: string, page: string): LinkTarget[] {
  const $ = cheerio.load(readFileSync(fileOfPage(siteDir, page), 'utf8'));
  const links: LinkTarget[] = [];
  for (const [tag, attribute] of LINKING_ATTRIBUTES) {
    $(`${tag}[${attribute}]`).each((_i, element) => {
      links.push({ page, attribute: `${tag}[${attribute}]`, url: $(element).attr(attribute) ?? '' });
    });
  }
  return links;
}

/** Links in the feeds (channel and item links, permalink guids) and the sitemaps, which point back into the site. */
function feedAndSitemapLinks(siteDir: string): LinkTarget[] {
  const links: LinkTarget[] = [];
  for (const file of builtFiles(siteDir).filter((f) => f.endsWith('.xml'))) {
    const $ = cheerio.load(readFileSync(join(siteDir, file), 'utf8'), { xml: true });
    $('channel > link, item > link, loc').each((_i, element) => {
      links.push({ page: file, attribute: element.tagName, url: $(element).text().trim() });
    });
    $('item > guid[isPermaLink="true"]').each((_i, element) => {
      links.push({ page: file, attribute: 'guid', url: $(element).text().trim() });
    });
  }
  return links;
}

const idsCache = new Map<string, Set<string>>();
function idsOn(siteDir: string, page: string): Set<string> {
  const key = `${siteDir}\0${page}`;
  let ids = idsCache.get(key);
  if (!ids) {
    const $ = cheerio.load(readFileSync(fileOfPage(siteDir, page), 'utf8'));
    ids = new Set($('[id]').map((_i, element) => $(element).attr('id') ?? '').get());
    idsCache.set(key, ids);
  }
  return ids;
}

/**
 * Internal links that lead nowhere: a path with no built file (the site uses trailing slashes, so `/issues/56`
 * without one is broken too) or a #fragment with no element of that id on the target page. Links to other
 * sites are reported unless they are https. `siteUrl` is the configured SITE, which feeds and canonical links use;
 * `basePath` the BASE_PATH the site was built for: every link must stay under it.
 */
export async function brokenLinks(siteDir: string, siteUrl: string, basePath = '/'): Promise<string[]> {
  const origin = new URL(siteUrl).origin;
  const problems: string[] = [];
  const links: LinkTarget[] = [];
  for (const [i, page] of builtPages(siteDir).entries()) {
    if (i % 25 === 0) await breathe();
    links.push(...linksOf(siteDir, page));
  }
  links.push(...feedAndSitemapLinks(siteDir));
  for (const [i, link] of links.entries()) {
    if (i % 500 === 0) await breathe();
    const where = `${link.page} ${link.attribute}="${link.url}"`;
    let url: URL;
    try {
      // Built files sit at the folder's root; the site serves them under the base path.
      url = new URL(link.url, `${origin}${basePath}${link.page.slice(1)}`);
    } catch {
      problems.push(`${where}: not a URL`);
      continue;
    }
    if (url.origin !== origin) {
      const problem = urlProblem(link.url, [origin]);
      if (problem) problems.push(`${where}: ${problem}`);
      continue;
    }
    const servedPath = decodeURIComponent(url.pathname);
    if (!servedPath.startsWith(basePath)) {
      problems.push(`${where}: outside the base path ${basePath}`);
      continue;
    }
    const path = `/${servedPath.slice(basePath.length)}`;
    const target = path.endsWith('/') ? `${path}index.html` : path;
    if (!existsSync(join(siteDir, target)) || statSync(join(siteDir, target)).isDirectory()) {
      problems.push(`${where}: no built file ${target}`);
      continue;
    }
    if (url.hash && target.endsWith('.html')) {
      const id = decodeURIComponent(url.hash.slice(1));
      const targetPage = path.endsWith('/') ? path : target;
      if (!idsOn(siteDir, targetPage).has(id)) problems.push(`${where}: no element #${id} on ${targetPage}`);
    }
  }
  return problems;
}

// Rules every link and element must follow, applied to built files and to the live DOM alike.

export const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcset', 'poster', 'data', 'ping', 'background', 'cite', 'manifest'];
// Elements the site never uses and a payload would need: images with handlers, SVG, frames, raw text blocks.
export const ACTIVE_TAGS = ['img', 'svg', 'math', 'iframe', 'frame', 'frameset', 'object', 'embed', 'textarea', 'style', 'base', 'template', 'video', 'audio', 'applet'];
/** What the site's own charts (src/components/ColumnChart.astro, BarListChart.astro) are drawn with, and nothing else. */
export const CHART_TAGS = ['g', 'line', 'rect', 'text', 'title'];

/** The site's own charts are the one SVG it emits: `<svg role="img" data-chart>`. */
const isSiteChart = (element: ElementFacts): boolean => element.tag === 'svg' && element.attributes['role'] === 'img' && element.attributes['data-chart'] !== undefined;

/** An element no page may carry: an active one, unless it is one of the site's charts. */
export function activeElementProblem(element: ElementFacts): string | null {
  return ACTIVE_TAGS.includes(element.tag) && !isSiteChart(element) ? `<${element.tag}> element` : null;
}

/** A URL is fine when it is a path on this site, our own absolute origin(s), or https (doi.org for DOIs). */
export function urlProblem(value: string, sameSite: readonly string[]): string | null {
  const url = value.trim();
  if (/^(?:\/(?!\/)|#|\?)/.test(url)) return null;
  if (sameSite.some((origin) => url.startsWith(`${origin}/`))) return null;
  if (!url.startsWith('https://')) return `not https or same-site: ${url.slice(0, 120)}`;
  if (/[\s"<>`]/.test(url)) return `unescaped character in ${url.slice(0, 120)}`;
  if (url.includes('doi.org') && !url.startsWith('https://doi.org/')) return `DOI link not on https://doi.org/: ${url.slice(0, 120)}`;
  return null;
}

export interface ElementFacts {
  tag: string;
  attributes: Record<string, string>;
  text: string;
}

/** What is wrong with one element: event handlers, foreign URLs, scripts other than our modules and JSON-LD. */
export function elementProblems(element: ElementFacts, sameSite: readonly string[]): string[] {
  const problems: string[] = [];
  for (const [name, value] of Object.entries(element.attributes)) {
    if (/^on/i.test(name)) problems.push(`<${element.tag} ${name}>`);
    if (URL_ATTRIBUTES.includes(name.toLowerCase())) {
      const problem = urlProblem(value, sameSite);
      if (problem) problems.push(`<${element.tag} ${name}>: ${problem}`);
    }
  }
  if (element.tag === 'meta' && element.attributes['http-equiv'] && element.attributes['http-equiv'] !== 'Content-Security-Policy') {
    problems.push(`<meta http-equiv="${element.attributes['http-equiv']}">`);
  }
  if (element.tag === 'script') {
    const { type, src } = element.attributes;
    if (type === 'application/ld+json') {
      if (src !== undefined) problems.push('JSON-LD script with src');
      if (/[<>]/.test(element.text)) problems.push('JSON-LD text carries < or >');
      try {
        JSON.parse(element.text);
      } catch {
        problems.push('JSON-LD text is not JSON');
      }
    } else if (!(type === 'module' && src?.startsWith('/_astro/') && element.text.trim() === '')) {
      problems.push(`<script ${JSON.stringify(element.attributes)}>${element.text.slice(0, 80)}`);
    }
  }
  return problems;
}

export function htmlProblems($: cheerio.CheerioAPI, sameSite: readonly string[]): string[] {
  const problems: string[] = [];
  for (const el of $('*').toArray()) {
    if (!('attribs' in el)) continue;
    const element = { tag: el.tagName, attributes: el.attribs, text: $(el).text() };
    const active = activeElementProblem(element);
    if (active) problems.push(active);
    problems.push(...elementProblems(element, sameSite));
  }
  // A chart holds shapes and text only: anything else inside one is not ours.
  $('svg[data-chart] *').each((_i, el) => {
    if (!CHART_TAGS.includes(el.tagName)) problems.push(`<${el.tagName}> inside a chart`);
  });
  return problems;
}

/**
 * Markup no page may carry, whatever its content: what htmlProblems finds (handlers, scripts other than our
 * modules and JSON-LD, active elements, links that are neither same-site nor https) plus style elements and
 * attributes, which a strict CSP (no 'unsafe-inline') would block.
 */
export async function unsafeMarkup(siteDir: string, sameSite: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const [i, page] of builtPages(siteDir).entries()) {
    if (i % 25 === 0) await breathe();
    const $ = cheerio.load(readFileSync(fileOfPage(siteDir, page), 'utf8'));
    found.push(...htmlProblems($, sameSite).map((problem) => `${page}: ${problem}`));
    $('[style]').each((_i, element) => {
      found.push(`${page}: style= attribute on <${element.tagName}>`);
    });
  }
  return found;
}
