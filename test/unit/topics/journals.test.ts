import { describe, expect, it } from 'vitest';
import { DataFileError } from '../../../src/lib/content-data/yaml-data.ts';
import { parseJournalRegistry } from '../../../src/lib/topics/journals.ts';
import { realJournals } from '../../helpers/registry.ts';

const registry = realJournals();

describe('journal registry', () => {
  it.each([
    ['EJNMMI', 'ejnmmi', 'European Journal of Nuclear Medicine and Molecular Imaging'],
    ['Journal of Nuclear Medicine (JNM)', 'jnm', 'Journal of Nuclear Medicine'],
    ['J Nucl Med', 'jnm', 'Journal of Nuclear Medicine'],
    ['npj Digital Medicine', 'npj-digital-medicine', 'npj Digital Medicine'],
    ['NPJ Digit Med', 'npj-digital-medicine', 'npj Digital Medicine'],
    ['European Radiology', 'european-radiology', 'European Radiology'],
    ['Eur Radiol', 'european-radiology', 'European Radiology'],
    ['Radiology', 'radiology', 'Radiology'],
    ['Radiology: Artificial Intelligence', 'radiology-ai', 'Radiology: Artificial Intelligence'],
    ['Radiology：Artificial Intelligence', 'radiology-ai', 'Radiology: Artificial Intelligence'],
    ['Radiol Artif Intell', 'radiology-ai', 'Radiology: Artificial Intelligence'],
    ['AJR', 'ajr', 'American Journal of Roentgenology'],
    ['Lancet Digital Health', 'lancet-digital-health', 'The Lancet Digital Health'],
    ['the lancet digital health', 'lancet-digital-health', 'The Lancet Digital Health'],
    ['IEEE Transactions on Medical Imaging (TMI)', 'ieee-tmi', 'IEEE Transactions on Medical Imaging'],
    ['Ultrasound in Obstetrics and Gynecology', 'uog', 'Ultrasound in Obstetrics & Gynecology'],
    ['NEJM AI', 'nejm-ai', 'NEJM AI'],
    ['JAMA Netw Open', 'jama-network-open', 'JAMA Network Open'],
  ])('%s → %s', (written, slug, name) => {
    expect(registry.resolve(written)).toMatchObject({ slug, name, asWritten: written, known: true });
  });

  it('every slug is ASCII and unique', () => {
    const slugs = registry.entries.map((e) => e.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('carries ISSNs for the journals it knows them for', () => {
    expect(registry.resolve('Radiology').issn).toEqual(['0033-8419', '1527-1315']);
  });

  it('rejects a spelling that names two journals, with the line', () => {
    const yaml = '- name: Radiology\n  slug: radiology\n- name: Other\n  slug: other\n  aliases: [radiology]\n';
    expect(() => parseJournalRegistry(yaml, 'j.yaml')).toThrow(DataFileError);
    expect(() => parseJournalRegistry(yaml, 'j.yaml')).toThrow(/^j\.yaml:3: 'radiology' of Other also names Radiology/);
  });

  it('rejects a Chinese slug and a duplicate slug, with lines', () => {
    expect(() => parseJournalRegistry('- name: A\n  slug: 放射\n', 'j.yaml')).toThrow(/^j\.yaml:2: 0\.slug: slug must be lower-case ASCII/);
    expect(() => parseJournalRegistry('- name: A\n  slug: a\n- name: B\n  slug: a\n', 'j.yaml')).toThrow(/^j\.yaml:4: slug 'a' is already used by A/);
  });

  it('rejects broken YAML and unknown keys, with lines', () => {
    expect(() => parseJournalRegistry('- name: A\n  slug: a\n  issn: [1234-5678\n', 'j.yaml')).toThrow(/^j\.yaml:\d+: not valid YAML/);
    expect(() => parseJournalRegistry('- name: A\n  slug: a\n  abbr: X\n', 'j.yaml')).toThrow(/^j\.yaml:1: 0: Unrecognized key/);
  });
});
