using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NewsLens.Corpora.Loaders;

/// <summary>
/// HTML (AngleSharp). Title: og:title, else &lt;title&gt;, else the first h1. Date: article:published_time,
/// og:published_time, date, pubdate, DC.date, itemprop=datePublished, else the first &lt;time datetime&gt;.
/// Outlet: og:site_name. Url: link rel=canonical, else og:url. Text: the paragraphs of &lt;article&gt;, else
/// &lt;main&gt;, else of the element holding the most &lt;p&gt; text, after removing nav, header, footer, aside,
/// script, style, form and elements whose id or class names a comments section or a share widget;
/// paragraphs are separated by blank lines.
/// </summary>
internal sealed partial class HtmlLoader : IFormatLoader
{
    private static readonly string[] DateKeys =
        ["article:published_time", "og:published_time", "date", "pubdate", "dc.date", "dc.date.issued", "datepublished"];

    private const string Removed = "nav, header, footer, aside, script, style, noscript, form, iframe, template, button, svg";
    private const string Blocks = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption";

    public IEnumerable<RawRecord> Read(string content, SourceFile file, CorpusLoadOptions options)
    {
        var doc = new HtmlParser().ParseDocument(content);
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in doc.QuerySelectorAll("meta"))
        {
            var key = m.GetAttribute("property") ?? m.GetAttribute("name") ?? m.GetAttribute("itemprop");
            var value = m.GetAttribute("content");
            if (key is not null && !string.IsNullOrWhiteSpace(value)) meta.TryAdd(key.Trim(), value.Trim());
        }

        var record = new RawRecord
        {
            Title = First(meta.GetValueOrDefault("og:title"), Normalise(doc.QuerySelector("title")?.TextContent),
                Normalise(doc.QuerySelector("h1")?.TextContent)),
            Outlet = First(meta.GetValueOrDefault("og:site_name")),
            Url = First(doc.QuerySelector("link[rel=canonical]")?.GetAttribute("href"), meta.GetValueOrDefault("og:url")),
        };
        string? date = DateKeys.Select(k => meta.GetValueOrDefault(k)).FirstOrDefault(v => v is not null);
        date ??= doc.QuerySelector("[itemprop=datePublished]") is { } dp
            ? dp.GetAttribute("datetime") ?? dp.GetAttribute("content") ?? Normalise(dp.TextContent)
            : null;
        date ??= doc.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        record.Date = First(date);
        if (meta.GetValueOrDefault("description") is { } description) record.Metadata["description"] = description;

        foreach (var e in doc.QuerySelectorAll(Removed).ToList()) e.Remove();
        foreach (var e in doc.QuerySelectorAll("[id], [class]").Where(IsCommentsOrShare).ToList()) e.Remove();

        var root = MainElement(doc);
        record.Text = root is null ? "" : Paragraphs(root, record.Title);
        yield return record;
    }

    private static IElement? MainElement(IDocument doc)
    {
        var article = doc.QuerySelectorAll("article").OrderByDescending(ParagraphTextLength).FirstOrDefault();
        if (article is not null && ParagraphTextLength(article) > 0) return article;
        var main = doc.QuerySelector("main, [role=main]");
        if (main is not null && main.TextContent.Trim().Length > 0) return main;
        var best = doc.QuerySelectorAll("p")
            .Where(p => p.ParentElement is not null)
            .GroupBy(p => p.ParentElement!)
            .Select(g => (Parent: g.Key, Length: g.Sum(p => p.TextContent.Trim().Length)))
            .OrderByDescending(x => x.Length)
            .FirstOrDefault();
        return best.Parent ?? doc.Body;
    }

    private static int ParagraphTextLength(IElement e) => e.QuerySelectorAll("p").Sum(p => p.TextContent.Trim().Length);

    private static string Paragraphs(IElement root, string? title)
    {
        var blocks = root.QuerySelectorAll(Blocks)
            .Where(b => b.QuerySelector(Blocks) is null)   // innermost blocks only: no text twice
            .Select(b => Normalise(b.TextContent))
            .Where(t => !string.IsNullOrEmpty(t))
            .ToList();
        if (blocks.Count > 0 && title is not null && blocks[0] == title) blocks.RemoveAt(0);
        if (blocks.Count == 0) return Normalise(root.TextContent) ?? "";
        return string.Join("\n\n", blocks);
    }

    private static bool IsCommentsOrShare(IElement e)
    {
        foreach (var token in (e.Id ?? "").Split(' ').Concat(e.ClassList))
            if (CommentsOrShare().IsMatch(token)) return true;
        return false;
    }

    private static string? First(params string?[] values) =>
        values.Select(v => v?.Trim()).FirstOrDefault(v => !string.IsNullOrEmpty(v));

    private static string? Normalise(string? text) =>
        text is null ? null : Whitespace().Replace(text, " ").Trim();

    // "comment" but not "commentary"; "share"/"sharing"/"social" as a word part of a class or id.
    [GeneratedRegex(@"comment(?!ary|ator)|(^|[-_])(share|sharing|social|sharedaddy)([-_]|s?$)", RegexOptions.IgnoreCase)]
    private static partial Regex CommentsOrShare();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
