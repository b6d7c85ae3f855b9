#!/usr/bin/env python3
"""Generate a library of JSON articles for benchmarks.

    scripts/gen_library.py DIR [--count 10000] [--seed 1]

Writes COUNT articles (about 6 KB each, so 10,000 make about 60 MB) into
DIR/NNN/*.json, a hundred to a folder. The text is Arabic news prose made
from a fixed vocabulary with Latin names and numbers mixed in; the output
depends only on the seed, so every run benchmarks the same bytes.
"""

import argparse
import json
import os
import random

WORDS = """
وقال مسؤول في وزارة الخارجية إن المحادثات بين البلدين ستستأنف الأسبوع
المقبل بعد توقف دام عدة أشهر بسبب الخلافات حول الحدود والتجارة والطاقة
وأضاف أن الحكومة تسعى إلى اتفاق شامل يضمن مصالح جميع الأطراف ويعزز
الاستقرار في المنطقة كما أكد أهمية التعاون الاقتصادي والثقافي والعلمي
وأشارت التقارير إلى ارتفاع أسعار النفط والذهب في الأسواق العالمية مع
تراجع الدولار وتزايد المخاوف من التضخم والركود في الاقتصادات الكبرى
من جهته أعلن البنك المركزي إبقاء سعر الفائدة دون تغيير للمرة الثالثة
على التوالي مشيرا إلى أن المؤشرات الحالية لا تستدعي أي تعديل فوري
وفي سياق متصل شهدت العاصمة مظاهرات سلمية طالب فيها المشاركون بإصلاحات
في قطاعي التعليم والصحة وتحسين الخدمات العامة وتوفير فرص العمل للشباب
ويرى محللون أن هذه الخطوة قد تفتح الباب أمام مرحلة جديدة من العلاقات
الإقليمية لكنها تواجه تحديات كبيرة على الصعيدين السياسي والأمني
""".split()

NAMES = ["Reuters", "OPEC", "NASA", "Google", "UNESCO", "iPhone", "COVID-19", "G20"]
AUTHORS = ["فريق التحرير", "مراسل الاقتصاد", "قسم التقنية", "سارة أحمد", "محمد علي"]
TAGS = ["سياسة", "اقتصاد", "تقنية", "ثقافة", "رياضة", "صحة"]


def sentence(rng):
    words = rng.choices(WORDS, k=rng.randint(8, 22))
    if rng.random() < 0.3:
        words.insert(rng.randrange(len(words)), rng.choice(NAMES))
    if rng.random() < 0.3:
        words.insert(rng.randrange(len(words)), str(rng.randint(2, 2024)))
    return " ".join(words) + rng.choice([".", ".", ".", "،", "؟"])


def paragraph(rng):
    return " ".join(sentence(rng) for _ in range(rng.randint(2, 5)))


def article(rng, i):
    body = []
    for k in range(rng.randint(9, 13)):
        if k and k % 5 == 0:
            body.append({"heading": " ".join(rng.choices(WORDS, k=rng.randint(3, 6)))})
        elif rng.random() < 0.08:
            body.append({"quote": sentence(rng), "by": rng.choice(AUTHORS)})
        else:
            body.append({"paragraph": paragraph(rng)})
    return {
        "id": f"gen-{i:05d}",
        "title": " ".join(rng.choices(WORDS, k=rng.randint(6, 12))),
        "author": rng.choice(AUTHORS),
        "source": "qari-bench",
        "published": f"20{rng.randint(10, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T08:00:00Z",
        "lang": "ar",
        "tags": rng.sample(TAGS, 2),
        "body": body,
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir")
    ap.add_argument("--count", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    total = 0
    for i in range(args.count):
        folder = os.path.join(args.dir, f"{i // 100:03d}")
        os.makedirs(folder, exist_ok=True)
        text = json.dumps(article(rng, i), ensure_ascii=False, indent=1)
        data = text.encode("utf-8")
        with open(os.path.join(folder, f"article-{i:05d}.json"), "wb") as f:
            f.write(data)
        total += len(data)
    print(f"{args.count} articles, {total / 1e6:.1f} MB in {args.dir}")


if __name__ == "__main__":
    main()
