#!/usr/bin/env python3
"""Fit the weights of the headline's score (src/article/text_headline.rs).

usage: fit_headline.py DUMP.tsv LABELS.tsv [--cv] [--l2 X] [--over P] [--rust]

The weights in the source were fit with --l2 30.

DUMP.tsv is the output of `cargo run --release --example headline_features
-- FILE...`: one row per candidate line at the top of each copy, with its
features, whether the headline's rules take it without the score
(`taken`) and whether it reads as a paragraph (`lead`).

LABELS.tsv has one row per copy: FILE, FOLD, LABEL. LABEL is the headline as
the copy shows it, or HEADLESS for a copy without one (it starts with its
lead). FOLD names the group the copy is held out with in cross-validation
(a set of copies gathered together, or outlets split into parts), so that
no outlet is fit and tested at once.

Which candidate is right: for a headline, the candidate whose words, folded
(harakat and tatweel off, alef forms, taa marbuta and alef maqsura unified,
punctuation ignored), are the label's, or end with them after at most four
words (a kicker or a breadcrumb before the headline on its line:
`عاجل: ...`, `تقرير"..."`). For a copy without a headline, the first
candidate that reads as a paragraph: the lead, whose first words stand for
the headline.

The model is a conditional logit: each copy's candidates compete, the
probability of each is softmax(w . features) among them, and the weights
maximise the log-likelihood of the right candidates with an L2 penalty
(features standardised for the fit; the weights printed for Rust are for
the raw features: the shift by the means is the same for every candidate
of a copy and cancels out). A copy whose right line is not among its
candidates adds nothing to the fit and counts as a miss.

--cv prints, for each fold held out, how many titles the rules get right
(their `taken` line), how many the model fit on the other folds gets right
alone, overriding the rules when its first line has more than --over of
the odds (0.5), and as the import combines them (the model's line when it
is shaped as a headline, has more than half the odds and is not right
under a short line the rules took), then the totals for other thresholds.
Each copy where the model alone and the rules differ is listed. --rust
prints the weights fit on all copies as a Rust constant.
"""
import csv, math, re, sys, unicodedata

HARAKAT = re.compile('[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]')


def norm(s):
    s = unicodedata.normalize('NFC', s or '')
    s = HARAKAT.sub('', s)
    s = re.sub('[أإآٱ]', 'ا', s).replace('ة', 'ه').replace('ى', 'ي')
    return [t for t in re.split(r'[^\w]+', s.lower()) if t]


def is_headline(line, label):
    got, want = norm(line), norm(label)
    if not want:
        return False
    return got == want or (got[-len(want):] == want and len(got) - len(want) <= 4)


def load(dump, labels):
    rows = list(csv.DictReader(open(dump, encoding='utf-8'), delimiter='\t', quoting=csv.QUOTE_NONE))
    names = [k for k in rows[0].keys() if k not in ('file', 'at', 'taken', 'lead', 'window', 'text')]
    label = {}
    for line in open(labels, encoding='utf-8'):
        f, fold, lab = line.rstrip('\n').split('\t')
        label[f] = (fold, lab)
    copies = {}
    for r in rows:
        c = copies.setdefault(r['file'], {'cands': [], 'taken_right': False})
        fold, lab = label[r['file']]
        c['fold'] = fold
        if lab == 'HEADLESS':
            right = False  # set below: the first paragraph
        else:
            right = is_headline(r['text'], lab)
        if r['window'] == '1':
            c['cands'].append({'x': [float(r[n]) for n in names], 'right': right,
                               'lead': r['lead'] == '1', 'taken': r['taken'] == '1',
                               'text': r['text'], 'at': int(r['at'])})
        elif r['taken'] == '1':
            c['taken_right'] = right
        if r['taken'] == '1':
            c['taken_at'] = int(r['at'])
    for f, c in copies.items():
        if label[f][1] == 'HEADLESS':
            first = next((k for k in c['cands'] if k['lead']), None)
            if first:
                first['right'] = True
        c['taken_right'] = c['taken_right'] or any(k['taken'] and k['right'] for k in c['cands'])
    return names, copies


def standardise(copies, n):
    xs = [k['x'] for c in copies for k in c['cands']]
    mean = [sum(x[i] for x in xs) / len(xs) for i in range(n)]
    sd = [math.sqrt(sum((x[i] - mean[i]) ** 2 for x in xs) / len(xs)) or 1.0 for i in range(n)]
    return mean, sd


def fit(copies, n, l2, steps=600, rate=0.05):
    """Weights for the raw features, by gradient ascent with Adam steps."""
    usable = [c for c in copies if any(k['right'] for k in c['cands'])]
    mean, sd = standardise(usable, n)
    data = [[([(k['x'][i] - mean[i]) / sd[i] for i in range(n)], k['right']) for k in c['cands']]
            for c in usable]
    w = [0.0] * n
    m, v = [0.0] * n, [0.0] * n
    for t in range(1, steps + 1):
        g = [-l2 * wi for wi in w]
        for cands in data:
            s = [sum(wi * xi for wi, xi in zip(w, x)) for x, _ in cands]
            top = max(s)
            e = [math.exp(si - top) for si in s]
            z = sum(e)
            rights = [j for j, (_, r) in enumerate(cands) if r]
            zr = sum(e[j] for j in rights)
            for j, (x, r) in enumerate(cands):
                coef = (e[j] / zr if r else 0.0) - e[j] / z
                if coef:
                    for i in range(n):
                        g[i] += coef * x[i]
        for i in range(n):
            m[i] = 0.9 * m[i] + 0.1 * g[i]
            v[i] = 0.999 * v[i] + 0.001 * g[i] * g[i]
            w[i] += rate * (m[i] / (1 - 0.9 ** t)) / (math.sqrt(v[i] / (1 - 0.999 ** t)) + 1e-8)
    return [w[i] / sd[i] for i in range(n)]


def choose(w, cands):
    """The best candidate and its probability among the copy's candidates."""
    if not cands:
        return None, 0.0
    s = [sum(wi * xi for wi, xi in zip(w, k['x'])) for k in cands]
    top = max(s)
    z = sum(math.exp(si - top) for si in s)
    best = s.index(top)
    return cands[best], 1.0 / z


SURE = 0.5
GRID = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95)


def prob_of(w, cands, which):
    """The probability the model gives the candidate `which` picks (0 if none)."""
    s = [sum(wi * xi for wi, xi in zip(w, k['x'])) for k in cands]
    if not s:
        return 0.0
    top = max(s)
    z = sum(math.exp(si - top) for si in s)
    return sum(math.exp(si - top) for si, k in zip(s, cands) if which(k)) / z


def over_deck(path, taken, at):
    """Whether the rules' line is a few words right above the model's (a
    short headline over its deck), where the import keeps the rules' line."""
    if taken is None:
        return False
    lines = open(path, encoding='utf-8', errors='replace').read().split('\n')
    nxt = next((i for i in range(taken + 1, len(lines)) if lines[i].strip()), None)
    return nxt == at and len(lines[taken].split()) <= 3


def cross_validate(names, copies, l2, threshold):
    folds = sorted({c['fold'] for c in copies.values()})
    grid = {t: 0 for t in GRID}
    shaped = names.index('headline_shaped')
    grid_shaped = {t: 0 for t in GRID}
    RULES_P = (0.05, 0.1, 0.2, 0.3)
    shipped = 0
    grid_low = {r: 0 for r in RULES_P}
    total = {'n': 0, 'rules': 0, 'model': 0, 'override': 0, 'import': 0}
    print('fold\tcopies\trules\tmodel\toverride(p>%.2f)\timport' % threshold)
    for fold in folds:
        train = [c for c in copies.values() if c['fold'] != fold]
        test = {f: c for f, c in copies.items() if c['fold'] == fold}
        w = fit(train, len(names), l2)
        n = rules = model = over = imported = 0
        for f, c in sorted(test.items()):
            best, p = choose(w, c['cands'])
            n += 1
            rules += c['taken_right']
            m_right = bool(best and best['right'])
            model += m_right
            o_right = m_right if p > threshold else c['taken_right']
            over += o_right
            for t in GRID:
                grid[t] += m_right if p > t else c['taken_right']
                sure = p > t and best['x'][shaped] == 1.0
                grid_shaped[t] += m_right if sure else c['taken_right']
            sure = p > SURE and best['x'][shaped] == 1.0 \
                and not over_deck(f, c.get('taken_at'), best['at'])
            shipped += m_right if sure else c['taken_right']
            imported += m_right if sure else c['taken_right']
            p_rules = prob_of(w, c['cands'], lambda k: k['taken'])
            for r in RULES_P:
                sure = p > threshold and best['x'][shaped] == 1.0 and p_rules < r
                grid_low[r] += m_right if sure else c['taken_right']
            if m_right != c['taken_right']:
                print('  %s\trules %s model %s (p %.2f): %s' % (f.split('/')[-1], int(c['taken_right']),
                      int(m_right), p, best['text'][:70] if best else '-'))
        print('%s\t%d\t%d\t%d\t%d\t%d' % (fold, n, rules, model, over, imported))
        for k, x in (('n', n), ('rules', rules), ('model', model), ('override', over),
                     ('import', imported)):
            total[k] += x
    print('all\t%d\t%d\t%d\t%d\t%d' % (total['n'], total['rules'], total['model'], total['override'],
                                      total['import']))
    print('override by threshold: ' + ' '.join('p>%.2f: %d' % (t, grid[t]) for t in GRID))
    print('override by a line shaped as a headline, by threshold: '
          + ' '.join('p>%.2f: %d' % (t, grid_shaped[t]) for t in GRID))
    print('as the import does (p>%.2f, a line shaped as a headline, not under a short '
          'headline right above it): %d' % (SURE, shipped))
    print('... and only when the rules\' line has a probability under: '
          + ' '.join('%.2f: %d' % (r, grid_low[r]) for r in RULES_P))


def main():
    args = sys.argv[1:]
    if len(args) < 2:
        sys.exit(__doc__)
    l2 = float(args[args.index('--l2') + 1]) if '--l2' in args else 1.0
    threshold = float(args[args.index('--over') + 1]) if '--over' in args else 0.5
    names, copies = load(args[0], args[1])
    reachable = sum(any(k['right'] for k in c['cands']) for c in copies.values())
    print('copies %d, right line among the candidates in %d' % (len(copies), reachable))
    if '--cv' in args:
        cross_validate(names, copies, l2, threshold)
    if '--rust' in args:
        w = fit(list(copies.values()), len(names), l2)
        print('// Fit on %d copies (%d with the right line among the candidates), L2 %.2f.'
              % (len(copies), reachable, l2))
        print('const WEIGHTS: [f32; COUNT] = [')
        for name, wi in zip(names, w):
            print('    %.4f, // %s' % (wi, name))
        print('];')


if __name__ == '__main__':
    main()
