import { describe, expect, it } from 'vitest';
import { DataFileError } from '../../../src/lib/content-data/yaml-data.ts';
import { journalSpellings, parseJournalRegistry } from '../../../src/lib/topics/journals.ts';
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

  // Abbreviations and acronyms readers and editors type, for the journals this field publishes in.
  it.each([
    ['Nat Med', 'nature-medicine'],
    ['Nature Med', 'nature-medicine'],
    ['Nat Biomed Eng', 'nature-biomedical-engineering'],
    ['npj Digit Med', 'npj-digital-medicine'],
    ['Lancet Digit Health', 'lancet-digital-health'],
    ['Med Image Anal', 'medical-image-analysis'],
    ['MedIA', 'medical-image-analysis'],
    ['IEEE Trans Med Imaging', 'ieee-tmi'],
    ['IEEE Trans. Med. Imaging', 'ieee-tmi'],
    ['IEEE TMI', 'ieee-tmi'],
    ['TMI', 'ieee-tmi'],
    ['MICCAI', 'miccai'],
    ['Eur J Nucl Med Mol Imaging', 'ejnmmi'],
    ['Eur. J. Nucl. Med. Mol. Imaging', 'ejnmmi'],
    ['JNM', 'jnm'],
    ['AJR Am J Roentgenol', 'ajr'],
    ['Am. J. Roentgenol.', 'ajr'],
    ['AJNR', 'ajnr'],
    ['Am J Neuroradiol', 'ajnr'],
    ['Radiol AI', 'radiology-ai'],
    ['Radiol. Artif. Intell.', 'radiology-ai'],
    ['NEJM', 'nejm'],
    ['N Engl J Med', 'nejm'],
    ['NEJM AI', 'nejm-ai'],
    ['The BMJ', 'bmj'],
    ['JAMA Ophthalmol', 'jama-ophthalmology'],
    ['JAMA Dermatol', 'jama-dermatology'],
    ['JAMA Cardiol', 'jama-cardiology'],
    ['Lancet Oncol', 'lancet-oncology'],
    ['JCO', 'jco'],
    ['J Clin Oncol', 'jco'],
    ['Ann Oncol', 'annals-of-oncology'],
    ['Radiother Oncol', 'radiotherapy-and-oncology'],
    ['Eur Heart J', 'european-heart-journal'],
    ['JACC', 'jacc'],
    ['J Am Coll Cardiol', 'jacc'],
    ['JACC Cardiovasc Imaging', 'jacc-cardiovascular-imaging'],
    ['JACC: Cardiovascular Imaging', 'jacc-cardiovascular-imaging'],
    ['Circ Cardiovasc Imaging', 'circulation-cardiovascular-imaging'],
    ['JCMR', 'jcmr'],
    ['Mod Pathol', 'modern-pathology'],
    ['J Hepatol', 'journal-of-hepatology'],
    ['Hepatology', 'hepatology'],
    ['Gut', 'gut'],
    ['Gastroenterology', 'gastroenterology'],
    ['Stroke', 'stroke'],
    ['Neurology', 'neurology'],
    ['Chest', 'chest'],
    ['Thorax', 'thorax'],
    ['Eur Respir J', 'european-respiratory-journal'],
    ['AJRCCM', 'ajrccm'],
    ['PNAS', 'pnas'],
    ['Proc Natl Acad Sci U S A', 'pnas'],
    ['Proc. Natl. Acad. Sci. USA', 'pnas'],
    ['Sci Transl Med', 'science-translational-medicine'],
    ['Commun Med (Lond)', 'communications-medicine'],
    ['Commun. Med.', 'communications-medicine'],
    ['Cancer Commun (Lond)', 'cancer-communications'],
    ['Chin Med J (Engl)', 'chinese-medical-journal'],
    ['J Cachexia Sarcopenia Muscle', 'jcsm'],
    ['Quant Imaging Med Surg', 'qims'],
    ['IJROBP', 'ijrobp'],
  ])('%s → %s', (written, slug) => {
    expect(registry.resolve(written)).toMatchObject({ slug, known: true });
  });

  it('every name, NLM and ISO abbreviation and alias of a journal resolves to that journal', () => {
    for (const entry of registry.entries) {
      for (const spelling of journalSpellings(entry)) expect(registry.resolve(spelling), spelling).toMatchObject({ slug: entry.slug, known: true });
    }
  });

  it('every ISSN has a valid check digit', () => {
    const checkDigit = (issn: string): string => {
      const digits = issn.replace('-', '');
      const sum = [...digits.slice(0, 7)].reduce((total, d, i) => total + Number(d) * (8 - i), 0);
      const check = (11 - (sum % 11)) % 11;
      return check === 10 ? 'X' : String(check);
    };
    for (const issn of registry.entries.flatMap((e) => e.issn)) expect(issn.slice(-1), issn).toBe(checkDigit(issn));
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
