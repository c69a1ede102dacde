import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

const read = (root, file) => parse(readFileSync(join(root, file), 'utf8'));
const write = (root, file, data) => writeFileSync(join(root, file), stringify(data, { lineWidth: 0 }));
const suffix = (text, k) => ({ zh: `${text.zh}（合成 ${k}）`, en: `${text.en} (synthetic ${k})` });

/**
 * Grows a copy of the site (at `root`, never the project itself) to `total` case studies by cloning the real ones
 * in turn, in both languages: for clone k of a case, its data file, its calculator (same model, defaults from the
 * clone's own figures), its pages (the same components pointed at the clone), a scenario row and a decision-tree
 * leaf of its own. The tree reaches the clones' leaves through one added decision on the number of services,
 * placed where the original ends at plain containers, so that every leaf stays reachable and every case page can
 * highlight its path.
 */
export function addSyntheticCases(root, total) {
  const real = readdirSync(join(root, 'content/cases'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => read(root, `content/cases/${f}`))
    .sort((a, b) => a.order - b.order);
  const clones = total - real.length;
  if (clones <= 0) return;
  const scenarios = read(root, 'content/rules/scenarios.yaml');
  const tree = read(root, 'content/rules/decision-tree.yaml');
  const router = {
    id: 'q-synthetic',
    kind: 'decision',
    input: 'services',
    question: { zh: '（合成案例）有多少个服务？', en: '(Synthetic cases) How many services are there?' },
    edges: [],
  };

  for (let k = 1; k <= clones; k++) {
    const base = real[(k - 1) % real.length];
    const id = `${base.id}-s${k}`;
    const page = `${base.page ?? base.id}-s${k}`;
    const rowId = `${base.scenario_row}-s${k}`;

    write(root, `content/cases/${id}.yaml`, { ...base, id, order: base.order + 100 * k, page, title: suffix(base.title, k), scenario_row: rowId });

    const row = scenarios.rows.find((r) => r.id === base.scenario_row);
    scenarios.rows.push({ ...row, id: rowId, scenario: suffix(row.scenario, k), case: id });

    const leaf = tree.nodes.find((n) => n.kind === 'leaf' && n.case === base.id);
    tree.nodes.push({ ...leaf, id: `${leaf.id}-s${k}`, scenario_rows: [rowId], case: id });
    // Thresholds fall from one branch to the next, so that each branch takes a range of its own.
    const threshold = 50 + 10 * (clones - k + 1);
    router.edges.push({
      id: `synthetic-${k}`,
      when: { compare: '>', value: threshold },
      label: { zh: `> ${threshold}`, en: `> ${threshold}` },
      to: `${leaf.id}-s${k}`,
      reason: { zh: '合成案例。', en: 'A synthetic case.' },
    });

    const calculator = read(root, `content/calculators/${base.id}.yaml`);
    calculator.case = id;
    for (const param of calculator.params) if (param.from?.case === base.id) param.from.case = id;
    write(root, `content/calculators/${id}.yaml`, calculator);

    for (const dir of ['content/docs/cases', 'content/docs/en/cases']) {
      const mdx = readFileSync(join(root, dir, `${base.page ?? base.id}.mdx`), 'utf8');
      const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(mdx);
      const data = parse(frontmatter);
      data.title = dir.includes('/en/') ? `${data.title} (synthetic ${k})` : `${data.title}（合成 ${k}）`;
      data.sidebar = { ...data.sidebar, order: (data.sidebar?.order ?? 0) + 100 * k };
      writeFileSync(join(root, dir, `${page}.mdx`), `---\n${stringify(data, { lineWidth: 0 })}---\n${body.replaceAll(`case="${base.id}"`, `case="${id}"`)}`);
    }
  }

  const last = tree.nodes.flatMap((n) => (n.kind === 'decision' ? n.edges : [])).find((e) => e.id === 'complex-communication-no');
  router.edges.push({ id: 'synthetic-otherwise', when: 'otherwise', label: { zh: '其余', en: 'Otherwise' }, to: last.to, reason: { zh: '不是合成案例。', en: 'Not a synthetic case.' } });
  last.to = router.id;
  tree.nodes.push(router);
  write(root, 'content/rules/scenarios.yaml', scenarios);
  write(root, 'content/rules/decision-tree.yaml', tree);
}
