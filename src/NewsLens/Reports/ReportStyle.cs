namespace NewsLens.Reports;

/// <summary>The inline stylesheet of <see cref="HtmlReport"/> pages: readable width, system fonts, responsive tables.</summary>
internal static class ReportStyle
{
    public const string Css = """
        :root { --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --accent: #3b6ea8; --bg-alt: #f6f8fa; }
        * { box-sizing: border-box; }
        body { margin: 0; color: var(--fg); background: #fff; line-height: 1.5;
               font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        header, nav.toc, main, footer { max-width: 72rem; margin: 0 auto; padding: 0 1.25rem; }
        header { padding-top: 2rem; border-bottom: 1px solid var(--line); }
        h1 { font-size: 1.9rem; margin: 0 0 1rem; overflow-wrap: anywhere; }
        h2 { font-size: 1.35rem; margin: 2rem 0 0.5rem; overflow-wrap: anywhere; }
        nav.toc h2 { font-size: 1rem; text-transform: uppercase; letter-spacing: 0.05em; color: var(--muted); margin-top: 1.25rem; }
        nav.toc ol { margin: 0.25rem 0 1rem; padding-left: 1.5rem; columns: 2 18rem; }
        a { color: var(--accent); }
        section { border-bottom: 1px solid var(--line); padding-bottom: 1.5rem; }
        p.intro { color: var(--muted); max-width: 50rem; }
        .content { overflow-x: auto; }
        figure.chart { margin: 0; width: 100%; }
        table.newslens-table { border-collapse: collapse; font-size: 0.9rem; margin: 0.5rem 0; min-width: 50%; }
        table.newslens-table caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
        table.newslens-table th, table.newslens-table td { padding: 0.3rem 0.75rem; border-bottom: 1px solid var(--line); vertical-align: top; }
        table.newslens-table thead th { background: var(--bg-alt); border-bottom: 2px solid var(--line); }
        table.newslens-table tbody tr:nth-child(even) { background: var(--bg-alt); }
        table.newslens-table tfoot td { color: var(--muted); border-bottom: none; }
        footer { color: var(--muted); font-size: 0.85rem; padding: 1.5rem 1.25rem 2.5rem; }
        @media (max-width: 40rem) { h1 { font-size: 1.5rem; } table.newslens-table { font-size: 0.8rem; } }
        @media print { nav.toc { display: none; } section { break-inside: avoid; } }

        """;
}
