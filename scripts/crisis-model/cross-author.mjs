// Leave-one-author-out: how the cry model generalises to a writer it never learned from.
// For each corpus of scripts/crisis-model/, the model is trained on the others and the whole
// crisis tier (the word lists, the situations and the model, as test/search/crisis-quality.ts
// measures it) is run on the left-out corpus's lines, beside the same tier without the model.
// Learning settings are chosen here, on the corpora's own authors, so the held-out test sets
// stay unseen.
//
// Run: node scripts/crisis-model/cross-author.mjs [--settings l1=40,minLines=6]
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { sourceServer } from '../source-server.mjs';
import { CORPORA, SETTINGS, trainCrisisModel } from '../train-crisis-model.mjs';

const root = new URL('../..', import.meta.url).pathname;
const GENERATED = '/src/search/crisis-model.generated.ts';
const NO_MODEL = 'export const CRY_MODEL: string = "";\n';

const lines = (path) => (existsSync(path) ? readFileSync(path, 'utf8').split('\n').map((line) => line.trim()).filter(Boolean) : []);

/** A corpus as the quality harness takes a set: acts with their kind, distress, ordinary. */
function crySet(dir) {
  return {
    acts: lines(join(dir, 'acts.txt')).map((line) => {
      const [kind, query] = line.split('\t');
      return { kind, query };
    }),
    distress: lines(join(dir, 'distress.txt')),
    ordinary: [...lines(join(dir, 'ordinary.txt')), ...lines(join(dir, 'ordinary-lead.txt'))],
  };
}

/** The quality harness with `model` (a generated module's text) in place of the shipped weights. */
async function figuresWith(model, set) {
  const server = await sourceServer(root, [{ name: 'candidate-cry-model', enforce: 'pre', load: (id) => (id.endsWith(GENERATED) ? model : undefined) }]);
  try {
    const { crisisFigures } = await server.ssrLoadModule('/test/search/crisis-quality.ts');
    return crisisFigures(set);
  } finally {
    await server.close();
  }
}

const percent = (part, whole) => `${((100 * part) / whole).toFixed(1)} %`.padStart(7);
const row = (name, f) =>
  `${name.padEnd(22)} acts ${percent(f.actsRightFirst, f.acts)}  distress ${percent(f.distressListened, f.distress)}  ordinary → lines ${percent(f.ordinaryWithLines, f.ordinary)}  → listening ${percent(f.ordinaryListening, f.ordinary)}`;

const args = process.argv.slice(2);
const settingsAt = args.indexOf('--settings');
const settings = { ...SETTINGS };
for (const pair of settingsAt >= 0 ? (args[settingsAt + 1] ?? '').split(',') : []) {
  const [key, value] = pair.split('=');
  if (!(key in SETTINGS)) throw new Error(`unknown setting ${key}`);
  settings[key] = Number(value);
}
console.log(`settings: ${JSON.stringify(settings)}`);
const totals = { with: [], without: [] };
for (const left of CORPORA) {
  const set = crySet(left);
  const model = await trainCrisisModel({ corpus: CORPORA.filter((dir) => dir !== left), settings });
  const withModel = await figuresWith(model, set);
  const without = await figuresWith(NO_MODEL, set);
  totals.with.push(withModel);
  totals.without.push(without);
  console.log(`left out ${basename(left)} (${set.acts.length} acts, ${set.distress.length} distress, ${set.ordinary.length} ordinary)`);
  console.log(`  ${row('lists + model', withModel)}`);
  console.log(`  ${row('lists alone', without)}`);
}
const sum = (list) => Object.fromEntries(Object.keys(list[0]).filter((key) => typeof list[0][key] === 'number').map((key) => [key, list.reduce((total, f) => total + f[key], 0)]));
console.log('all authors left out in turn');
console.log(`  ${row('lists + model', sum(totals.with))}`);
console.log(`  ${row('lists alone', sum(totals.without))}`);
