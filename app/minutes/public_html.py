"""The public report's HTML twin: the same `PublicReport` as the PDF, as semantic, accessible HTML
(landmarks, headings in order, lists, the document's language set)."""

from __future__ import annotations

import html

from app.minutes.glyphs import markers_whole
from app.minutes.i18n import Strings
from app.minutes.public_model import PublicReport, status_groups

_CSS = """
body { font-family: "DejaVu Sans", Verdana, Arial, sans-serif; line-height: 1.5; color: #1a1a1a;
       max-width: 46em; margin: 0 auto; padding: 1em 1.25em 3em;
       overflow-wrap: break-word; overflow-wrap: anywhere; }
h1, h2, h3, h4 { color: #1d3f5e; line-height: 1.25; }
.lead { font-size: 1.1em; }
.meta, footer { color: #595959; font-size: 0.9em; }
li { margin-bottom: 0.5em; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1em; top: 1em; background: #fff; padding: 0.5em; }
dl { margin: 0.25em 0 0; } dt { font-weight: bold; float: left; margin-right: 0.4em; } dd { margin: 0; }
"""


def render_html(report: PublicReport) -> str:
    """The same content as the PDF, as semantic HTML: landmarks, headings in order, lists, lang set."""
    s = Strings(report.language)
    e = html.escape
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{report.language}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(report.title)}: {e(report.conference_title)}</title>",
        f'<meta name="description" content="{e(s("subject_public"))}">',
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        f'<a class="skip" href="#content">{e(s("html_skip"))}</a>',
        "<header>",
        f'<p class="meta">{e(report.organisation or report.process_name)}</p>',
        f"<h1>{e(report.title)}: {e(report.conference_title)}</h1>",
        f'<p class="meta">{e(report.date_text)}</p>',
        "</header>",
        '<main id="content">',
        *(f'<p class="lead">{_text(part)}</p>' for part in report.foreword.split("\n\n") if part.strip()),
        f'<p class="lead">{e(report.intro)}</p>',
        *([f"<p>{e(report.disputed_counts)}</p>"] if report.disputed_counts else []),
        '<section aria-labelledby="contact">',
        f'<h2 id="contact">{e(s("contact_heading"))}</h2>',
        *(f"<p>{_text(text)}</p>" for text in (report.respond, report.contact) if text),
        "</section>",
        '<section aria-labelledby="next">',
        f'<h2 id="next">{e(s("next_heading"))}</h2>',
        f"<p>{_text(report.next_steps)}</p>",
        "</section>",
        '<nav aria-labelledby="toc-heading">',
        f'<h2 id="toc-heading">{e(s("contents"))}</h2>',
        f'<ul><li><a href="#said">{e(s("what_was_said"))}</a></li>',
        f'<li><a href="#proposals">{e(s("what_happened"))}</a></li></ul>',
        "</nav>",
    ]
    if report.since_last is not None:
        from app.minutes.since_last import since_last_heading, since_last_html

        toc = next(i for i, line in enumerate(out) if line.startswith('<ul><li><a href="#said">'))
        link = f'<ul><li><a href="#since-last">{e(since_last_heading(report.language))}</a></li>'
        out[toc] = out[toc].replace("<ul>", link, 1)
        out += since_last_html(report.since_last, s)
    out += [
        '<section aria-labelledby="said">',
        f'<h2 id="said">{e(s("what_was_said"))}</h2>',
    ]
    for index, section in enumerate(report.said, 1):
        out.append(f'<section aria-labelledby="q{index}">')
        out.append(f'<h3 id="q{index}">{e(section.heading)}</h3>')
        if not section.groups:
            out.append(f"<p>{e(section.empty_text(s))}</p>")
        for group in section.groups:
            out.append(f"<h4>{e(group.name)}</h4>")
            out.append("<ul>")
            for item in group.items:
                label = f"<strong>{e(item.kind_label)}:</strong> " if item.kind_label else ""
                count = (
                    f' <span class="meta">({e(s.count("said_at", item.tables))})</span>'
                    if item.tables > 1
                    else ""
                )
                out.append(f"<li>{label}{_text(item.text)}{count}</li>")
            out.append("</ul>")
        out.append("</section>")
    out += [
        "</section>",
        '<section aria-labelledby="proposals">',
        f'<h2 id="proposals">{e(s("what_happened"))}</h2>',
    ]
    if not report.proposals:
        out.append(f"<p>{e(s('no_proposals'))}</p>")
    else:
        for group, (label, numbered) in enumerate(status_groups(report.proposals), 1):
            out.append(f'<section aria-labelledby="status{group}">')
            out.append(f'<h3 id="status{group}">{e(label)} ({len(numbered)})</h3>')
            out.append(f'<ol start="{numbered[0][0]}">')
            for _number, p in numbered:
                out.append(f"<li><p>{_text(p.text)}</p>")
                out.append(f'<p class="meta">{e(" · ".join(p.facts(s)))}</p>')
                details = p.details(s)
                if details:
                    out.append("<dl>")
                    out += [f"<dt>{e(name)}:</dt><dd>{_text(value)}</dd>" for name, value in details]
                    out.append("</dl>")
                out.append("</li>")
            out.append("</ol>")
            out.append("</section>")
    out += ["</section>", "</main>", "<footer>"]
    if report.organisation:
        out.append(f"<p>{e(s('published_by', organisation=report.organisation))}</p>")
    out += [f"<p>{e(s('created', stamp=s.stamp(report.created)))}</p>", "</footer>", "</body>", "</html>", ""]
    return "\n".join(out)


def _text(value: str) -> str:
    """A typed text as HTML, each removed-data marker kept on one line as in the PDF."""
    return markers_whole(html.escape(value)).replace("\n", "<br>")
