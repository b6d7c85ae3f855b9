#!/usr/bin/env python3
"""Writes N saved Arabic news pages of about SIZE bytes each into DIR, for
scripts/bench_import.sh. Each page is built like a real news site's: a head
heavy with scripts, styles, OpenGraph and JSON-LD, a long menu, the article
(headline, byline, dateline, paragraphs with links, a subheading, a list, a
quotation), then share bars, related headlines, tags, a comment form and a
footer. Text is drawn from a fixed vocabulary with a seeded generator, so
every run writes the same pages.

usage: gen_pages.py DIR [N=1000] [SIZE=100000]
"""

import json
import os
import random
import sys

WORDS = (
    "الحكومة الوزير أعلن اليوم مصدر رسمي المدينة القاهرة بيروت عمان الرباط تونس الاقتصاد "
    "الأسواق ارتفاع انخفاض أسعار النفط الذهب البنك المركزي الفائدة التضخم الموازنة العام "
    "المقبل مشروع قانون البرلمان جلسة المعارضة الرئيس المنتخب المباراة الدوري الفريق "
    "المدرب اللاعبين الصحة المستشفيات المرضى التعليم المدارس الطلاب الجامعة الامتحانات "
    "المياه الكهرباء الطاقة الشمسية الرياح المناخ الأمطار الطقس درجات الحرارة في على من إلى "
    "عن مع بعد قبل خلال أن إن قال وأضاف وأوضح وأكد مشيرا إلى أنه التي الذي هذه هذا ذلك"
).split()

MENU = ["الرئيسية", "سياسة", "اقتصاد", "رياضة", "ثقافة", "تكنولوجيا", "صحة", "منوعات", "فيديو", "رأي"]


def sentence(rng, n):
    return " ".join(rng.choice(WORDS) for _ in range(n))


def paragraph(rng, i):
    words = [rng.choice(WORDS) for _ in range(rng.randint(35, 70))]
    at = rng.randint(3, len(words) - 4)
    words[at] = f'<a href="/news/{i}/{at}">{words[at]} {words[at + 1]}</a>'
    del words[at + 1]
    return "<p>" + " ".join(words) + ".</p>"


def head(rng, i, title):
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "datePublished": f"2024-{rng.randint(1, 12):02}-{rng.randint(1, 28):02}T10:00:00+03:00",
        "author": {"@type": "Person", "name": sentence(rng, 2)},
        "publisher": {"@type": "Organization", "name": "الخبر اليومي"},
        "url": f"https://daily.example/news/{i}",
        "inLanguage": "ar",
    }
    css = "\n".join(
        f".c{j} {{ margin: {j % 7}px; padding: {j % 5}px; color: #{j * 37 % 4096:03x}; }}"
        for j in range(rng.randint(200, 400))
    )
    js = "\n".join(
        f"window.t{j} = function (a, b) {{ return a < b ? '{sentence(rng, 2)}' : b + {j}; }};"
        for j in range(rng.randint(150, 300))
    )
    return (
        f'<head><meta charset="utf-8"><title>{title} - الخبر اليومي</title>'
        f'<meta property="og:title" content="{title}">'
        f'<meta property="og:site_name" content="الخبر اليومي">'
        f'<meta property="og:url" content="https://daily.example/news/{i}">'
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
        f"<style>{css}</style><script>{js}</script></head>"
    )


def page(rng, i, size):
    title = sentence(rng, rng.randint(6, 11))
    menu = "".join(
        f'<li class="menu-item"><a href="/{k}/{j}">{name}</a></li>'
        for j, name in enumerate(MENU)
        for k in range(3)
    )
    body = [paragraph(rng, i) for _ in range(rng.randint(8, 16))]
    body.insert(4, f"<h2>{sentence(rng, 4)}</h2>")
    body.insert(6, "<ul>" + "".join(f"<li>{sentence(rng, 6)}</li>" for _ in range(3)) + "</ul>")
    body.insert(8, f"<blockquote><p>{sentence(rng, 15)}</p><cite>{sentence(rng, 2)}</cite></blockquote>")
    related = "".join(
        f'<li><a href="/news/{rng.randint(1, 99999)}">{sentence(rng, 8)}</a><span class="date">منذ ساعة</span></li>'
        for _ in range(12)
    )
    out = (
        f'<!DOCTYPE html><html lang="ar" dir="rtl">{head(rng, i, title)}<body>'
        f'<header class="site-header"><nav class="main-menu"><ul>{menu}</ul></nav></header>'
        f'<div class="ad ad-top"><ins class="adsbygoogle"></ins></div>'
        f'<main><article><h1>{title}</h1><div class="byline">بقلم: {sentence(rng, 2)}</div>'
        f'<time datetime="2024-05-01T10:00:00+03:00">1 مايو 2024</time>'
        f'<div class="share-bar"><a href="#">Facebook</a><a href="#">Twitter</a><a href="#">WhatsApp</a></div>'
        f'<figure><img src="/i/{i}.jpg"><figcaption>{sentence(rng, 8)}</figcaption></figure>'
        f'<div class="article-body">{"".join(body)}</div>'
        f'<div class="tags">{"".join(f"<a href=/t/{j}>{rng.choice(WORDS)}</a>" for j in range(8))}</div>'
        f'<section class="related-news"><h3>أخبار ذات صلة</h3><ul>{related}</ul></section>'
        f'<section id="comments"><h3>التعليقات</h3><form class="comment-form"><textarea></textarea>'
        f"<button>أرسل</button></form></section></article>"
        f'<aside class="sidebar"><h3>الأكثر قراءة</h3><ol>{related}</ol></aside></main>'
    )
    footer = '<footer class="site-footer"><p>جميع الحقوق محفوظة</p></footer>'
    # Real pages carry tracking scripts after the body; they fill the page
    # up to its size, as they do on news sites.
    filler = []
    length = len(out.encode()) + len(footer.encode()) + 40
    while length < size:
        line = f"<script>window.dataLayer.push({{'e{len(filler)}': '{sentence(rng, 12)}'}});</script>\n"
        filler.append(line)
        length += len(line.encode())
    return out + footer + "".join(filler) + "</body></html>\n"


def main():
    out = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    size = int(sys.argv[3]) if len(sys.argv) > 3 else 100_000
    os.makedirs(out, exist_ok=True)
    rng = random.Random(1)
    for i in range(n):
        with open(os.path.join(out, f"page-{i:04}.html"), "w", encoding="utf-8") as f:
            f.write(page(rng, i, size))


if __name__ == "__main__":
    main()
