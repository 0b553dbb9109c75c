// Turns a skill as someone typed it into the vocabulary's canonical name, so debriefs, candidates
// and openings can be counted together. Pure: the lookup tables are built once, at module load.
import { SKILLS, type SkillEntry } from './vocabulary.ts';

export interface NormalizedSkill {
  /** The vocabulary's canonical name, or the input tidied up when the skill is unknown. */
  name: string;
  known: boolean;
  /** Lowercase comparison key: equal keys mean the same skill. */
  key: string;
}

/** Longest name kept for a skill the vocabulary does not know. */
export const MAX_SKILL_LENGTH = 80;

// Marks that carry no meaning in a skill name: trademark signs, and apostrophes, which are
// dropped rather than turned into spaces so "driver's licence" reads as "drivers licence".
const DROPPED = /[™®©℠'’‘`´ʼ＇]/gu;
// Letters without a decomposition that NFD could strip an accent from.
const LETTER_FOLDS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};
const FOLDABLE = /[ßæœøłđðþı]/gu;
// Only Latin accents are folded; combining marks in other scripts (Devanagari vowel signs, for
// instance) are part of the word.
const LATIN_ACCENTS = /[\u0300-\u036f]/gu;
// A token is a run of letters and digits. A dot survives at the start of a token (".NET") and
// between digits ("3.5"); a trailing "+", "++" or "#" survives when attached to the word
// ("C++", "C#", "A+"). Everything else separates tokens.
const TOKEN =
  /(?:(?<![\p{L}\p{M}\p{N}])\.)?[\p{L}\p{M}\p{N}]+(?:(?<=\p{N})\.\p{N}+)*(?:(?:\+{1,2}|#)(?![\p{L}\p{M}\p{N}+#]))?/gu;

function tokens(input: string): string[] {
  const folded = input
    .replace(DROPPED, '')
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(LATIN_ACCENTS, '')
    .normalize('NFC')
    .replace(FOLDABLE, (c) => LETTER_FOLDS[c] ?? c)
    .replaceAll('&', ' and ');
  return folded.match(TOKEN) ?? [];
}

/** The comparison key of any text: "Node.js" → "node js", ".NET" → ".net", "C++" → "c++". */
export function skillKey(input: string): string {
  return tokens(input).join(' ');
}

// Second-chance key that ignores spacing, so "Java Script", "e-mail" and "Power Point" find
// "JavaScript", "email" and "PowerPoint" without listing every split as an alias.
function compactKey(key: string): string {
  return key.replaceAll(' ', '');
}

interface Term {
  key: string;
  compact: string;
  isName: boolean;
}

interface IndexedSkill {
  entry: SkillEntry;
  key: string;
  terms: Term[];
}

export interface SkillIndex {
  byKey: ReadonlyMap<string, IndexedSkill>;
  byCompact: ReadonlyMap<string, IndexedSkill>;
  skills: readonly IndexedSkill[];
}

function claim(map: Map<string, IndexedSkill>, key: string, skill: IndexedSkill, written: string): void {
  const holder = map.get(key);
  if (holder && holder.entry !== skill.entry) {
    throw new Error(
      `Skill vocabulary conflict: "${written}" (key "${key}") belongs to both "${holder.entry.name}" and "${skill.entry.name}"`,
    );
  }
  map.set(key, skill);
}

/** Indexes a vocabulary, throwing when one name or alias could mean two different skills. */
export function buildSkillIndex(entries: readonly SkillEntry[]): SkillIndex {
  const byKey = new Map<string, IndexedSkill>();
  const byCompact = new Map<string, IndexedSkill>();
  const skills: IndexedSkill[] = [];
  for (const entry of entries) {
    const written = [entry.name, ...entry.aliases];
    const terms = written.map((text, i) => {
      const key = skillKey(text);
      if (!key) throw new Error(`Skill vocabulary: "${text}" (in "${entry.name}") has no letters or digits`);
      return { key, compact: compactKey(key), isName: i === 0 };
    });
    const skill: IndexedSkill = { entry, key: terms[0]?.key ?? '', terms };
    terms.forEach((term, i) => {
      claim(byKey, term.key, skill, written[i] ?? term.key);
      claim(byCompact, term.compact, skill, written[i] ?? term.key);
    });
    skills.push(skill);
  }
  return { byKey, byCompact, skills };
}

const INDEX = buildSkillIndex(SKILLS);

// Whitespace of any kind becomes one space; invisible controls and format characters go.
function tidy(input: string): string {
  return input
    .replace(/\s+/gu, ' ')
    .replace(/[\p{Cc}\p{Cf}\p{Cs}]/gu, '')
    .replace(/ {2,}/g, ' ')
    .trim()
    .normalize('NFC');
}

function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : chars.slice(0, max).join('').trimEnd();
}

/** Canonical form of one typed skill; null when nothing skill-like was typed. */
export function normalizeSkill(input: string): NormalizedSkill | null {
  const typed = tidy(input);
  const key = skillKey(typed);
  if (!key) return null;
  const match = INDEX.byKey.get(key) ?? INDEX.byCompact.get(compactKey(key));
  if (match) return { name: match.entry.name, known: true, key: match.key };
  const name = truncate(typed, MAX_SKILL_LENGTH);
  return { name, known: false, key: skillKey(name) };
}

/** Normalises a list, dropping empties and repeats (by key) and keeping first-seen order. */
export function normalizeSkills(inputs: readonly string[]): NormalizedSkill[] {
  const seen = new Set<string>();
  const out: NormalizedSkill[] = [];
  for (const input of inputs) {
    const skill = normalizeSkill(input);
    if (!skill || seen.has(skill.key)) continue;
    seen.add(skill.key);
    out.push(skill);
  }
  return out;
}

// Lower is better: exact name, exact alias, name prefix, alias prefix, word in name, word in alias.
function tierOf(term: Term, prefix: string, compact: string): number | null {
  const bump = term.isName ? 0 : 1;
  if (term.key === prefix || term.compact === compact) return bump;
  if (term.key.startsWith(prefix) || term.compact.startsWith(compact)) return 2 + bump;
  if (` ${term.key}`.includes(` ${prefix}`)) return 4 + bump;
  return null;
}

interface Ranked {
  name: string;
  tier: number;
  termLength: number;
}

function rank(skill: IndexedSkill, prefix: string, compact: string): Ranked | null {
  let best: Ranked | null = null;
  for (const term of skill.terms) {
    const tier = tierOf(term, prefix, compact);
    if (tier === null) continue;
    if (!best || tier < best.tier || (tier === best.tier && term.key.length < best.termLength)) {
      best = { name: skill.entry.name, tier, termLength: term.key.length };
    }
  }
  return best;
}

function byRank(a: Ranked, b: Ranked): number {
  return (
    a.tier - b.tier ||
    a.termLength - b.termLength ||
    a.name.length - b.name.length ||
    (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
  );
}

/**
 * Canonical names for an autocomplete, best first: names that start with what was typed, then
 * aliases that do, then names and aliases with a word that does; shorter before longer.
 */
export function suggestSkills(prefix: string, limit = 10): string[] {
  const max = Number.isNaN(limit) ? 0 : Math.max(0, Math.min(Math.floor(limit), INDEX.skills.length));
  const key = skillKey(tidy(prefix));
  if (!key || max === 0) return [];
  const compact = compactKey(key);
  const ranked: Ranked[] = [];
  for (const skill of INDEX.skills) {
    const r = rank(skill, key, compact);
    if (r) ranked.push(r);
  }
  return ranked
    .sort(byRank)
    .slice(0, max)
    .map((r) => r.name);
}
