/**
 * Measures one task in a fresh process so that its peak memory (max RSS) is its own:
 *   node --import tsx bench/insight/measure.ts train DATA           train on the full public set
 *   node --import tsx bench/insight/measure.ts classify DATA N      classify N comments (public texts repeated)
 *   node --import tsx bench/insight/measure.ts discover DATA N      discover k = 30 themes in N comments
 * Prints one JSON line: { task, seconds, peakRssBytes }.
 */
import { classifyWith } from '../../src/insight/classify.ts';
import { DEFAULT_TRAIN_OPTIONS } from '../../src/insight/defaults.ts';
import { discoverThemes } from '../../src/insight/discover.ts';
import { loadDefaultModel } from '../../src/insight/model.ts';
import { loadPxtextmining } from '../../src/insight/pxtextmining.ts';
import { trainSync } from '../../src/insight/train.ts';

const [task, dataPath, nArg] = process.argv.slice(2);
const data = await loadPxtextmining(dataPath);
const n = Number(nArg ?? 100_000);
let seconds = 0;
if (task === 'train') {
  const t0 = performance.now();
  trainSync(data.rows, DEFAULT_TRAIN_OPTIONS);
  seconds = (performance.now() - t0) / 1000;
} else if (task === 'classify') {
  const model = await loadDefaultModel();
  const inputs = Array.from({ length: n }, (_, i) => data.rows[i % data.rows.length]).map((r) => ({ text: r.text, question: r.question }));
  const t0 = performance.now();
  classifyWith(model, inputs);
  seconds = (performance.now() - t0) / 1000;
} else if (task === 'discover') {
  const texts = Array.from({ length: n }, (_, i) => data.rows[i % data.rows.length].text);
  const t0 = performance.now();
  discoverThemes(texts, { k: 30 });
  seconds = (performance.now() - t0) / 1000;
} else {
  console.error('usage: measure.ts train|classify|discover DATA [N]');
  process.exit(2);
}
console.log(JSON.stringify({ task, seconds, peakRssBytes: process.resourceUsage().maxRSS * 1024 }));
