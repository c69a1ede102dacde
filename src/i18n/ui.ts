import type { Locale } from './locale';
import { fill, type Translate, type Vars } from './translate';

/**
 * Every string a widget or generated table shows, zh-CN and en side by side.
 * `{name}` placeholders are filled by `t()`; both languages must use the same placeholders (tested).
 */
export const ui = {
  // Provenance and verdicts
  'origin.index': {
    zh: '本页呈现原知识库 {repo} 中案例目录（{path}）的中文原文，文字、表格与标注均依原样保留；原文的相对链接已改为指向本站对应页面。带 ⚠ 标记的数字是原文未注明来源的说法，本站的核查见链接页面。',
    en: 'This page is a faithful English translation of the case index ({path}) of the {repo} knowledge base, whose Chinese original is the root-language version of this page. Its relative links now point to this site’s pages. Figures marked ⚠ are the original’s unsourced claims; follow the links for this site’s check of them.',
  },
  'origin.link': { zh: '查看原文（固定提交）', en: 'Original at the pinned commit' },
  'verdict.supported': { zh: '有一手来源支持', en: 'supported by a primary source' },
  'verdict.plausible': { zh: '大致可信（原文未注明来源）', en: 'plausible (unsourced in the original)' },
  'verdict.doubtful': { zh: '存疑', en: 'doubtful' },
  'verdict.wrong': { zh: '错误', en: 'wrong' },
  'status.primary': { zh: '一手来源', en: 'primary source' },
  'status.unsourced': { zh: '原文说法，未注明来源', en: 'the original’s unsourced claim' },
  'status.disputed': { zh: '有争议', en: 'disputed' },
  'claim.marker': { zh: '原文未注明来源的说法', en: 'the original’s unsourced claim' },
  'claim.recomputed': { zh: '按原文数据重算：{value}', en: 'Recomputed from the original’s own figures: {value}' },
  'claim.consistent': { zh: '原文算术无误', en: 'the original’s arithmetic holds' },
  'claim.inconsistent': { zh: '原文算术有误', en: 'the original’s arithmetic is wrong' },
  'claim.primary': { zh: '一手来源：{value}', en: 'Primary source: {value}' },

  // Generic table headings
  'col.option': { zh: '方案', en: 'Option' },
  'col.metric': { zh: '指标', en: 'Metric' },
  'col.figure': { zh: '数值', en: 'Figure' },
  'col.threshold': { zh: '阈值', en: 'Threshold' },
  'col.priority': { zh: '优先级', en: 'Priority' },
  'col.enforced': { zh: '默认作为硬约束', en: 'Hard constraint by default' },
  'col.provenance': { zh: '出处与核查', en: 'Provenance and check' },
  'col.claim': { zh: '说法', en: 'Claim' },
  'col.stated': { zh: '原文数值', en: 'As stated' },
  'col.note': { zh: '说明', en: 'Note' },
  'col.page': { zh: '页面', en: 'Page' },
  'col.status': { zh: '状态', en: 'Status' },
  'col.source': { zh: '来源', en: 'Source' },
  'col.device': { zh: '设备访问', en: 'Device access' },
  'col.kernel': { zh: '内核特性', en: 'Kernel feature' },
  'col.need': { zh: '需求', en: 'Need' },
  'col.computed': { zh: '加权和（本站计算）', en: 'Weighted sum (computed)' },
  'col.difference': { zh: '差值', en: 'Difference' },
  'yes': { zh: '是', en: 'yes' },
  'no': { zh: '否', en: 'no' },
  'pass': { zh: '满足', en: 'meets' },
  'fail': { zh: '不满足', en: 'fails' },
  'no-figure': { zh: '无数据', en: 'no figure' },
  'priority.high': { zh: '高', en: 'high' },
  'priority.medium': { zh: '中', en: 'medium' },
  'priority.low': { zh: '低', en: 'low' },
  'need.none': { zh: '无需求', en: 'not needed' },
  'need.optional': { zh: '可选', en: 'optional' },
  'need.required': { zh: '必需', en: 'required' },
  'device.usb': { zh: 'USB 设备', en: 'USB device' },
  'device.pci': { zh: 'PCI 设备', en: 'PCI device' },
  'device.gpu-passthrough': { zh: 'GPU（直通）', en: 'GPU (passthrough)' },
  'device.gpu-shared': { zh: 'GPU（vGPU/SR-IOV 共享）', en: 'GPU (vGPU/SR-IOV sharing)' },
  'kernel.epoll': { zh: 'epoll', en: 'epoll' },
  'kernel.io_uring': { zh: 'io_uring', en: 'io_uring' },
  'kernel.ebpf': { zh: 'eBPF', en: 'eBPF' },

  // Names of the scrollable table regions
  'table.register': { zh: '论断登记表', en: 'Claims register' },
  'table.claims': { zh: '原文的其他数字及核查', en: 'The original’s other figures, checked' },
  'table.errata': { zh: '原文总分与重算结果', en: 'Stated and recomputed totals' },
  'table.glossary': { zh: '术语表', en: 'Glossary' },
  'table.figures': { zh: '各方案的数值及出处', en: 'Option figures and their sources' },
  'table.platform': { zh: '设备访问与内核特性需求', en: 'Device-access and kernel-feature needs' },
  'table.requirements': { zh: '需求阈值', en: 'Requirement thresholds' },
  'table.scenarios': { zh: '七场景对比矩阵', en: 'Seven-scenario comparison matrix' },

  // Scenario comparison matrix (column heads are the original's)
  'scenario.scenario': { zh: '场景类别', en: 'Scenario' },
  'scenario.traits': { zh: '核心特征', en: 'Core traits' },
  'scenario.device': { zh: '设备访问', en: 'Device access' },
  'scenario.kernel': { zh: '内核特性', en: 'Kernel features' },
  'scenario.recommended': { zh: '推荐技术架构', en: 'Recommended architecture' },
  'scenario.alternative': { zh: '备选方案', en: 'Alternative' },
  'scenario.factors': { zh: '关键决策因素', en: 'Key decision factors' },
  'dimensions.correction': { zh: '本站核查', en: 'This site’s check' },

  // Case matrix
  'matrix.caption': { zh: '{case}：加权决策矩阵', en: '{case}: weighted decision matrix' },
  'matrix.widget': { zh: '{case}：可交互的决策矩阵', en: '{case}: interactive decision matrix' },
  'matrix.scores': { zh: '评分与总分', en: 'Scores and totals' },
  'matrix.weightsAssumed': { zh: '权重是本站的假设：', en: 'The weights are this site’s assumption:' },
  'matrix.weight': { zh: '权重', en: 'Weight' },
  'matrix.weightSlider': { zh: '「{criterion}」的权重（滑块）', en: 'Weight of {criterion} (slider)' },
  'matrix.share': { zh: '占比 {percent}', en: '{percent} of the total' },
  'matrix.scoreOf': { zh: '{option} 在「{criterion}」上的评分（1–5）', en: 'Score of {option} on {criterion} (1–5)' },
  'matrix.total': { zh: '加权总分', en: 'Weighted total' },
  'matrix.rank': { zh: '排名', en: 'Rank' },
  'matrix.stated': { zh: '原文总分', en: 'Stated total' },
  'matrix.erratum': { zh: '勘误：原文写作 {stated}，按原文的权重与评分计算应为 {computed}', en: 'Erratum: the original states {stated}; its own weights and scores give {computed}' },
  'matrix.erratumShort': { zh: '勘误', en: 'erratum' },
  'matrix.winner': { zh: '{option} 胜出，总分 {total}，领先 {runnerUp} {margin} 分。', en: '{option} wins with {total}, {margin} ahead of {runnerUp}.' },
  'matrix.winnerAlone': { zh: '{option} 胜出，总分 {total}；其余方案均被硬约束排除。', en: '{option} wins with {total}; every other option is excluded by a hard constraint.' },
  'matrix.tie': { zh: '并列第一：{options}（总分 {total}），没有唯一的胜出方案。', en: 'Tie for first: {options} (total {total}); there is no single winner.' },
  'matrix.allZero': { zh: '所有权重都为零，无法排序。请把至少一个权重设为大于零。', en: 'All weights are zero, so nothing can be ranked. Set at least one weight above zero.' },
  'matrix.allExcluded': { zh: '所有方案都不满足当前启用的硬约束，没有方案能胜出。', en: 'Every option fails an active hard constraint; no option can win.' },
  'matrix.excludedBy': { zh: '已排除：不满足 {requirements}', en: 'Excluded: fails {requirements}' },
  'matrix.winnerBadge': { zh: '胜出', en: 'winner' },
  'matrix.originalWinner': { zh: '原文结论：{option}', en: 'The original’s decision: {option}' },
  'matrix.requirements': { zh: '硬约束（需求阈值）', en: 'Hard constraints (requirement thresholds)' },
  'matrix.noRequirements': { zh: '本案例没有可作用于方案数值的需求阈值。', en: 'This case has no requirement thresholds that act on option figures.' },
  'matrix.sensitivity': { zh: '敏感性：什么会改变结论', en: 'Sensitivity: what would change the answer' },
  'matrix.addOption': { zh: '添加自己的方案', en: 'Add your own option' },
  'matrix.optionName': { zh: '方案名称', en: 'Option name' },
  'matrix.add': { zh: '添加方案', en: 'Add option' },
  'matrix.remove': { zh: '移除 {option}', en: 'Remove {option}' },
  'matrix.removed': { zh: '已移除的方案：', en: 'Removed options:' },
  'matrix.restore': { zh: '恢复 {option}', en: 'Restore {option}' },
  'matrix.reset': { zh: '恢复案例原始设置', en: 'Reset to the case' },
  'matrix.copyLink': { zh: '复制链接', en: 'Copy link' },
  'matrix.copyMarkdown': { zh: '复制为 Markdown', en: 'Copy as Markdown' },
  'matrix.copied': { zh: '已复制到剪贴板。', en: 'Copied to the clipboard.' },
  'matrix.copyFailed': { zh: '无法写入剪贴板，请从地址栏复制链接。', en: 'The clipboard is not available; copy the link from the address bar.' },
  'matrix.ignored': { zh: '链接中有部分设置无效，已改用案例默认值：{items}', en: 'Some settings in the link were invalid and the case defaults were used instead: {items}' },
  'matrix.ignore.too-long': { zh: '超过 {setting} 个字符的设置已截去', en: 'settings beyond {setting} characters were cut off' },
  'matrix.ignore.too-many': { zh: '多出的 {setting} 项设置', en: '{setting} settings too many' },
  'matrix.ignore.repeated': { zh: '「{setting}」重复，保留了第一次的值', en: '“{setting}” repeats an earlier setting; the first was kept' },
  'matrix.ignore.not-a-number': { zh: '「{setting}」不是数字', en: '“{setting}” is not a number' },
  'matrix.ignore.out-of-range': { zh: '「{setting}」超出 0–100 的范围', en: '“{setting}” is outside 0–100' },
  'matrix.ignore.bad-score': { zh: '「{setting}」：评分必须是 1–5 的整数', en: '“{setting}”: a score is a whole number from 1 to 5' },
  'matrix.ignore.bad-switch': { zh: '「{setting}」只能是 0 或 1', en: '“{setting}” must be 0 or 1' },
  'matrix.ignore.unknown-option': { zh: '没有名为「{setting}」的方案', en: 'there is no option “{setting}”' },
  'matrix.ignore.unknown-setting': { zh: '无法识别「{setting}」', en: '“{setting}” is not a setting of this matrix' },
  'matrix.ignore.bad-added': { zh: '「{setting}」描述的方案无法添加', en: 'the option in “{setting}” could not be added' },
  'matrix.ignore.name-tidied': { zh: '方案名已整理为「{setting}」', en: 'an option name was tidied to “{setting}”' },
  'matrix.ignore.unreadable': { zh: '无法读取链接中的设置{setting}', en: 'the link’s settings could not be read{setting}' },
  'matrix.ignore.more': { zh: '另有 {setting} 项', en: 'and {setting} more' },
  'matrix.userOption': { zh: '读者添加', en: 'added by you' },
  'matrix.weightRange': { zh: '「{criterion}」的权重必须是 0 到 {max} 之间的数，已保留原值。', en: 'The weight of {criterion} must be a number from 0 to {max}; the previous value was kept.' },
  'matrix.tooMany': { zh: '最多只能添加 {max} 个自己的方案。', en: 'You can add at most {max} options of your own.' },
  'matrix.nameRequired': { zh: '请先填写方案名称。', en: 'Give the option a name first.' },

  // Sensitivity sentences
  'sens.range': { zh: '当「{criterion}」的权重占比在 {lo} 至 {hi} 之间时，{winner} 保持第一', en: '{winner} stays the winner while the weight of {criterion} is between {lo} and {hi}' },
  'sens.below': { zh: '；低于 {lo} 时，{option} 胜出', en: '; below {lo}, {option} wins' },
  'sens.above': { zh: '；高于 {hi} 时，{option} 胜出', en: '; above {hi}, {option} wins' },
  'sens.end': { zh: '。', en: '.' },
  'sens.always': { zh: '无论「{criterion}」的权重占比取多少（0–100%），{winner} 都保持第一。', en: '{winner} stays the winner at any weight of {criterion} (0–100%).' },
  'sens.withoutConstraints': { zh: '如果关掉全部硬约束，只由权重决定：', en: 'With every hard constraint switched off, so that the weights alone decide:' },
  'sens.none': { zh: '目前没有唯一的胜出方案，无法做敏感性分析。', en: 'There is no single winner now, so there is nothing to test for sensitivity.' },

  // Markdown export
  'md.result': { zh: '结论', en: 'Result' },
  'md.link': { zh: '交互版本', en: 'Interactive version' },

  // Advisor
  'advisor.title': { zh: '场景顾问', en: 'Scenario advisor' },
  'advisor.recommended': { zh: '推荐架构', en: 'Recommended architecture' },
  'advisor.alternative': { zh: '备选方案', en: 'Alternative' },
  'advisor.factors': { zh: '关键因素', en: 'Key factors' },
  'advisor.why': { zh: '为什么：依次触发的规则', en: 'Why: the rules that fired, in order' },
  'advisor.rows': { zh: '对应场景', en: 'Matching scenario' },
  'advisor.case': { zh: '相关案例：{case}', en: 'Related case: {case}' },
  'advisor.conflicts': { zh: '输入之间存在矛盾', en: 'Your inputs contradict each other' },
  'advisor.reset': { zh: '恢复默认', en: 'Reset' },
  'advisor.noRow': { zh: '对比矩阵中没有完全对应的场景。', en: 'No row of the comparison matrix matches exactly.' },
  'advisor.pathNote': { zh: '决策树中高亮的节点即当前输入走过的路径。', en: 'The highlighted nodes of the decision tree are the path your inputs take.' },

  'advisor.questions': { zh: '场景问题', en: 'About your workload' },
  'advisor.q.device': { zh: '设备访问需求', en: 'Device access' },
  'advisor.q.isolation': { zh: '隔离要求', en: 'Isolation between tenants or workloads' },
  'advisor.q.multiOs': { zh: '需要运行多种操作系统（如 Windows 与 Linux）', en: 'Must run several guest OSes (e.g. Windows and Linux)' },
  'advisor.q.kernel': { zh: '内核特性需求', en: 'Kernel features' },
  'advisor.q.services': { zh: '服务数量', en: 'Number of services' },
  'advisor.q.complexCommunication': { zh: '服务间通信复杂（路由、重试、熔断）', en: 'Complex service-to-service traffic (routing, retries, circuit breaking)' },
  'advisor.q.zeroTrust': { zh: '需要零信任（服务间自动 mTLS）', en: 'Zero trust (automatic mTLS between services)' },
  'advisor.q.observability': { zh: '需要统一的可观测性（追踪、指标）', en: 'Uniform observability (traces, metrics)' },
  'advisor.q.resources': { zh: '资源条件', en: 'Resources' },
  'advisor.q.coldStartMs': { zh: '冷启动目标（毫秒；留空表示无要求）', en: 'Cold-start target (ms; leave empty for none)' },
  'advisor.q.billing': { zh: '计费粒度', en: 'Billing granularity' },
  'advisor.q.offline': { zh: '需要离线运行', en: 'Must run offline' },
  'device.none': { zh: '无', en: 'none' },
  'kernel.none': { zh: '无', en: 'none' },
  'isolation.application': { zh: '应用级（沙盒即可）', en: 'application-level (a sandbox is enough)' },
  'isolation.process': { zh: '进程级（容器）', en: 'process-level (containers)' },
  'isolation.hardware': { zh: '硬件级（虚拟机边界）', en: 'hardware-level (a VM boundary)' },
  'resources.constrained': { zh: '受限（如边缘设备）', en: 'constrained (e.g. edge devices)' },
  'resources.moderate': { zh: '中等', en: 'moderate' },
  'resources.ample': { zh: '充足', en: 'ample' },
  'billing.none': { zh: '无要求', en: 'no requirement' },
  'billing.second': { zh: '按秒', en: 'per second' },
  'billing.millisecond': { zh: '按毫秒', en: 'per millisecond' },
  'advisor.invalidNumber': { zh: '「{field}」需要 {min} 到 {max} 之间的数，已保留原值。', en: '{field} needs a number from {min} to {max}; the previous value was kept.' },
  'advisor.ignored': { zh: '链接中有部分设置无效，已改用默认值：{items}', en: 'Some settings in the link were invalid and the defaults were used instead: {items}' },
  'tree.caption': { zh: '决策树：从场景需求到推荐架构（高亮为当前输入的路径）', en: 'Decision tree: from scenario requirements to a recommended architecture (highlighted: the path of the current inputs)' },
  'tree.captionCase': { zh: '决策树：高亮的是本案例的需求走过的路径', en: 'Decision tree: highlighted, the path this case’s requirements take' },
  'tree.captionPlain': { zh: '决策树：从场景需求到推荐架构', en: 'Decision tree: from scenario requirements to a recommended architecture' },
  'tree.textAlternative': { zh: '决策树的文字版', en: 'The decision tree as text' },
  'tree.notRendered': { zh: '这次构建没有可用的浏览器来绘制图形，下面是同一棵决策树的文字版。', en: 'This build had no browser to draw the diagram; the same decision tree follows as text.' },
  'tree.onPath': { zh: '（本案例的路径）', en: ' (this case’s path)' },

  // Lists and registers
  'sources.supports': { zh: '支持的内容：', en: 'Supports:' },
  'glossary.zh': { zh: '中文', en: 'Chinese' },
  'glossary.en': { zh: '英文', en: 'English' },
  'glossary.note': { zh: '释义', en: 'Meaning' },
  'errata.table': { zh: '评分表', en: 'Scoring table' },
  'errata.winnerChanges': { zh: '按原文数据重算后胜出者改变：原文为 {stated}，实际应为 {computed}', en: 'Recomputed from its own figures, the winner changes: the original says {stated}, the figures give {computed}' },
  'errata.none': { zh: '无差异', en: 'matches' },
  'cases.open': { zh: '阅读案例', en: 'Read the case' },
  'cases.choice': { zh: '原文选择：{option}', en: 'The original’s choice: {option}' },
} as const satisfies Record<string, Record<Locale, string>>;

export type UiKey = keyof typeof ui;

/** Looks up a UI string and fills its `{name}` placeholders. */
export function t(locale: Locale, key: UiKey, vars: Vars = {}): string {
  return fill(ui[key][locale], vars);
}

/** `t` bound to a locale, for code that takes a Translate. */
export function translate(locale: Locale): Translate {
  return (key, vars) => t(locale, key, vars);
}

/** The strings of one locale whose keys start with one of `prefixes`: what an island needs, passed as a prop. */
export function messagesFor(locale: Locale, prefixes: readonly string[]): Partial<Record<UiKey, string>> {
  const keys = (Object.keys(ui) as UiKey[]).filter((key) => prefixes.some((p) => key.startsWith(p)));
  return Object.fromEntries(keys.map((key) => [key, ui[key][locale]]));
}
